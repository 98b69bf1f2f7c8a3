using System.Net;
using System.Net.Sockets;
using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Commands;

/// <summary>Mistakes a user can make are one clear line on stderr and a non-zero exit, never a stack trace.</summary>
public sealed class UserErrorTests
{
    private static readonly string Launch = RepositoryPaths.Combine("events", "launch.json");

    public static TheoryData<string[], string> Mistakes => new()
    {
        { ["invoke", "-e", "no-such-event.json"], "cannot read the event no-such-event.json" },
        { ["invoke", "-e", "{bad-json}"], "is not valid JSON" },
        { ["invoke", "-e", Launch, "--catalog", "/no/such/catalog"], "The catalog /no/such/catalog has 1 error(s)" },
        { ["invoke", "-e", Launch, "--dynamodb-endpoint", "http://127.0.0.1:9"], "--dynamodb-endpoint needs --table" },
        { ["invoke", "-e", Launch, "--dynamodb-endpoint", "not a url", "--table", "t"], "is not an http(s) URL" },
        { ["replay", "no-such-dialog.json"], "cannot read the replay file no-such-dialog.json" },
        { ["chat", "--model", "no-such-model.json"], "Cannot read the interaction model no-such-model.json" },
        { ["catalog", "interaction-model", "--write", "--dir", "no-such-folder"], "no folder no-such-folder" },
        { ["catalog", "validate", "/no/such/catalog"], "Invalid: 1 error(s)" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Command_UserMistake_ExitsNonZeroWithOneLineAndNoStackTrace(string[] args, string expected)
    {
        using var folder = new TempFolder();
        var withJson = args.Select(a => a == "{bad-json}" ? WriteBadJson(folder) : a).ToArray();

        var result = await CliRun.RunAsync([.. withJson, .. (args[0] == "catalog" ? [] : CliRun.Local(folder))], "open music finder\n");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Out + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Out + result.Error, StringComparison.Ordinal);
        if (result.Error.Length > 0)
        {
            Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("musicskill: ", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Invoke_UnreachableDynamoDb_SaysSoInOneLine()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(["invoke", "-e", Launch, "--dynamodb-endpoint", $"http://127.0.0.1:{FreePort.Next()}", "--table", "state", .. CliRun.Local(folder)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Matches(@"^musicskill: DynamoDB at http://127\.0\.0\.1:\d+ is unreachable: .+\n$", result.Error);
    }

    [Fact]
    public async Task Invoke_DynamoDbThatNeverAnswers_GivesUpAfterTheCheckTimeout()
    {
        using var folder = new TempFolder();
        using var hole = new BlackHoleServer();

        var result = await CliRun.RunAsync(["invoke", "-e", Launch, "--dynamodb-endpoint", hole.Url, "--table", "state", .. CliRun.Local(folder)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^musicskill: DynamoDB at http://127\.0\.0\.1:\d+ did not answer within 4 s\.\n$", result.Error);
    }

    [Fact]
    public async Task Serve_PortInUse_SaysSoInOneLine()
    {
        using var folder = new TempFolder();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await CliRun.RunAsync(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. CliRun.Local(folder)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches($@"^musicskill: cannot listen on 127\.0\.0\.1:{port}: .*address already in use.*--port\)\n$", result.Error);
    }

    [Fact]
    public async Task Cli_UnknownVerb_IsAUsageErrorWithExitCode2()
    {
        var result = await CliRun.RunAsync(["dance"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'dance'", result.Error, StringComparison.Ordinal);
    }

    private static string WriteBadJson(TempFolder folder)
    {
        var path = folder.Combine("bad.json");
        File.WriteAllText(path, "{ \"version\": \"1.0\", ");
        return path;
    }
}
