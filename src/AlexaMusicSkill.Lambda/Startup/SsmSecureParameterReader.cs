using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace AlexaMusicSkill.Lambda.Startup;

/// <summary>
/// <c>ssm:GetParameter</c> with decryption, once at cold start. Credentials and region come from the Lambda
/// environment through the SDK's defaults (and <c>AWS_ENDPOINT_URL_SSM</c> redirects it locally).
/// </summary>
internal sealed class SsmSecureParameterReader : ISecureParameterReader, IDisposable
{
    private readonly AmazonSimpleSystemsManagementClient _client;

    public SsmSecureParameterReader()
        : this(new AmazonSimpleSystemsManagementConfig())
    {
    }

    public SsmSecureParameterReader(AmazonSimpleSystemsManagementConfig config, AWSCredentials? credentials = null)
    {
        // Lambda's init phase is capped at 10 s: keep each attempt short and retries few.
        config.Timeout = TimeSpan.FromSeconds(3);
        config.MaxErrorRetry = 2;
        _client = credentials is null ? new AmazonSimpleSystemsManagementClient(config) : new AmazonSimpleSystemsManagementClient(credentials, config);
    }

    public async Task<string> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var response = await _client.GetParameterAsync(new GetParameterRequest { Name = name, WithDecryption = true }, cancellationToken);
        return response.Parameter?.Value
            ?? throw new InvalidOperationException($"SSM parameter {name} has no value.");
    }

    public void Dispose() => _client.Dispose();
}
