using System.Text.Json;
using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Commands;

/// <summary><c>musicskill invoke</c>: one event through the Lambda's handler composition with local stores.</summary>
public sealed class InvokeCommandTests(DynaliteFixture dynalite) : IClassFixture<DynaliteFixture>
{
    public static TheoryData<string> Events => new(Directory.EnumerateFiles(RepositoryPaths.Combine("events"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Events))]
    public async Task Invoke_EventFile_PrintsAValidResponseEnvelope(string file)
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["invoke", "-e", RepositoryPaths.Combine("events", file), .. CliRun.Local(folder)]);

        Assert.Equal(0, result.ExitCode);
        var response = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("1.0", response.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Object, response.GetProperty("response").ValueKind);
        if (file.StartsWith("playback", StringComparison.Ordinal) || file.StartsWith("exception", StringComparison.Ordinal))
        {
            // Out-of-session events: AudioPlayer directives at most, never speech or a session flag.
            Assert.False(response.GetProperty("response").TryGetProperty("outputSpeech", out _));
            Assert.False(response.GetProperty("response").TryGetProperty("shouldEndSession", out _));
        }
    }

    [Fact]
    public async Task Invoke_Stdin_ReadsTheEventFromIt()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["invoke", "-e", "-", .. CliRun.Local(folder)], File.ReadAllText(RepositoryPaths.Combine("events", "launch.json")));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"shouldEndSession\": false", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_WithDynamoDbEndpointAndTable_KeepsStateInDynamoDb()
    {
        using var folder = new TempFolder();
        var table = await dynalite.Server.CreateStateTableAsync();
        string[] store = ["--dynamodb-endpoint", dynalite.Server.ServiceUrl, "--table", table];

        var launch = await CliRun.RunAsync(["invoke", "-e", RepositoryPaths.Combine("events", "launch.json"), .. CliRun.Local(folder), .. store]);

        Assert.Equal(0, launch.ExitCode);
        Assert.Empty(Directory.Exists(folder.Combine("state")) ? Directory.GetFiles(folder.Combine("state"), "*.json") : []);
        using var client = dynalite.Server.CreateClient();
        var items = await client.ScanAsync(new Amazon.DynamoDBv2.Model.ScanRequest { TableName = table }, TestContext.Current.CancellationToken);
        Assert.Contains(items.Items, item => item["pk"].S.StartsWith("state#", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_WrongSkillId_IsRefusedWithExitCode3()
    {
        using var folder = new TempFolder();
        var other = File.ReadAllText(RepositoryPaths.Combine("events", "launch.json")).Replace("00000000-0000-4000-8000-000000000000", "99999999-0000-4000-8000-000000000000", StringComparison.Ordinal);

        var result = await CliRun.RunAsync(["invoke", "-e", "-", .. CliRun.Local(folder)], other);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("refused the request (SkillIdMismatch)", result.Error, StringComparison.Ordinal);
    }
}
