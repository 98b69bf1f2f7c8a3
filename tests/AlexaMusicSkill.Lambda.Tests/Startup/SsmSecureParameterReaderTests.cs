using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using AlexaMusicSkill.Lambda.Startup;
using AlexaMusicSkill.Lambda.Tests.Fakes;

namespace AlexaMusicSkill.Lambda.Tests.Startup;

/// <summary>The real SSM client code against moto_server (an in-memory AWS API), skipped where moto is not installed.</summary>
public sealed class SsmSecureParameterReaderTests
{
    private static readonly BasicAWSCredentials Credentials = new("test", "test");

    [Fact]
    public async Task ReadAsync_SecureStringParameter_ReturnsTheDecryptedValue()
    {
        using var moto = await MotoServer.TryStartAsync() ?? SkipWithoutMoto();
        using (var admin = new AmazonSimpleSystemsManagementClient(Credentials, Config(moto)))
        {
            await admin.PutParameterAsync(
                new PutParameterRequest { Name = "/music-finder/user-key-secret", Type = ParameterType.SecureString, Value = "a-secret-of-enough-length" },
                TestContext.Current.CancellationToken);
        }

        using var reader = new SsmSecureParameterReader(Config(moto), Credentials);
        var value = await reader.ReadAsync("/music-finder/user-key-secret", TestContext.Current.CancellationToken);

        Assert.Equal("a-secret-of-enough-length", value);
    }

    [Fact]
    public async Task ReadAsync_MissingParameter_ThrowsParameterNotFound()
    {
        using var moto = await MotoServer.TryStartAsync() ?? SkipWithoutMoto();
        using var reader = new SsmSecureParameterReader(Config(moto), Credentials);

        await Assert.ThrowsAsync<ParameterNotFoundException>(() => reader.ReadAsync("/music-finder/absent", TestContext.Current.CancellationToken));
    }

    private static AmazonSimpleSystemsManagementConfig Config(MotoServer moto) =>
        new() { ServiceURL = moto.ServiceUrl, AuthenticationRegion = "us-east-1" };

    private static MotoServer SkipWithoutMoto()
    {
        Assert.Skip("moto_server is not installed (pip install 'moto[server]'); the SSM client test needs a local AWS API.");
        return null!;
    }
}
