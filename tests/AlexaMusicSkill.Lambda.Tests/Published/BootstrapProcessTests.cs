using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Lambda.Tests.Fakes;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Published;

/// <summary>
/// The real Native AOT <c>bootstrap</c> as a process against the fake Runtime API (and dynalite for DynamoDB): what
/// Lambda runs, minus Lambda. Cold-start numbers are printed, never asserted (budgets belong to bench/).
/// </summary>
public sealed partial class BootstrapProcessTests(PublishedBootstrap bootstrap, ITestOutputHelper output) : IClassFixture<PublishedBootstrap>
{
    private const string LocalSkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    private const int ColdStarts = 3;

    /// <summary>Amazon Linux 2023, the provided.al2023 base, ships glibc 2.34.</summary>
    private static readonly Version MaxGlibc = new(2, 34);

    [Fact]
    public async Task Bootstrap_LaunchRequest_AnswersWithWelcomeSpeech()
    {
        await using var dynalite = await DynaliteServer.StartAsync();
        var table = await dynalite.CreateStateTableAsync();
        var launch = File.ReadAllText(RepositoryPaths.Combine("events", "launch.json"));
        var timings = new List<double>();

        for (var run = 1; run <= ColdStarts; run++)
        {
            await using var api = FakeRuntimeApi.Start();
            // Each cold start is a new Alexa request (a repeated request id would be treated as a retry).
            var request = launch.Replace("amzn1.echo-api.request.", $"amzn1.echo-api.request.run{run}-", StringComparison.Ordinal);
            api.Enqueue(QueuedEvent.Json($"launch-{run}", request) with
            {
                DeadlineMs = DateTimeOffset.UtcNow.AddSeconds(7).ToUnixTimeMilliseconds(),
                FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:music-finder-SkillFunction",
                TraceId = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
            });
            var environment = Environment(api);
            environment["TABLE_NAME"] = table;
            environment["AWS_ENDPOINT_URL_DYNAMODB"] = dynalite.ServiceUrl;

            using var process = BootstrapProcess.Start(bootstrap.BinaryPath, environment);
            var post = await api.NextPostAsync(TimeSpan.FromSeconds(15));
            var firstResponseMs = Stopwatch.GetElapsedTime(process.StartedTimestamp, post.ReceivedTimestamp).TotalMilliseconds;
            await api.WaitForNextCallsAsync(2);
            var peakKiB = process.PeakResidentKiB();
            timings.Add(firstResponseMs);
            output.WriteLine($"cold start {run}: process start -> first response {firstResponseMs:0.0} ms; peak RSS after it {(peakKiB is { } kib ? $"{kib / 1024.0:0.0} MiB" : "n/a")}");

            Assert.True(post.Kind == PostKind.Response, $"{post.Kind} {post.ErrorTypeHeader}: {post.Text}\n{string.Join('\n', process.StandardOutput)}");
            Assert.Equal($"launch-{run}", post.RequestId);
            await AssertWelcomeResponseAsync(post);
            Assert.StartsWith("alexamusicskill-aot/", post.UserAgent, StringComparison.Ordinal);

            process.Dispose();
            AssertEveryLineIsJsonWithLevel(process.StandardOutput);
            var ready = process.StandardOutput.Select(Parse).Single(l => l.TryGetProperty("message", out var m) && m.GetString() == "cold start complete");
            Assert.Single(process.StandardOutput.Select(Parse), l => l.TryGetProperty("recordType", out var t) && t.GetString() == "decision");
            Assert.Equal("128", ready.GetProperty("gcHeapLimitMiB").GetString());
            Assert.Empty(process.StandardError);
        }

        timings.Sort();
        output.WriteLine($"median of {ColdStarts}: {timings[ColdStarts / 2]:0.0} ms (bootstrap {new FileInfo(bootstrap.BinaryPath).Length / 1e6:0.0} MB)");
    }

    [Fact]
    public async Task Bootstrap_BadConfiguration_ReportsInitErrorAndExitsNonZero()
    {
        await using var api = FakeRuntimeApi.Start();
        var environment = Environment(api);
        environment.Remove("SKILL_ID");
        environment.Remove("TABLE_NAME");

        using var process = BootstrapProcess.Start(bootstrap.BinaryPath, environment);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(15));

        Assert.NotEqual(0, exitCode);
        var post = await api.NextPostAsync();
        Assert.Equal((PostKind.InitError, "Runtime.InvalidConfiguration"), (post.Kind, post.ErrorTypeHeader));
        var line = Parse(Assert.Single(process.StandardOutput));
        Assert.Equal("FATAL", line.GetProperty("level").GetString());
        var message = line.GetProperty("message").GetString();
        Assert.Contains("SKILL_ID", message, StringComparison.Ordinal);
        Assert.Contains("TABLE_NAME", message, StringComparison.Ordinal);
        Assert.Equal(0, api.NextCalls);
    }

    [Fact]
    public async Task Bootstrap_ForeignSkillIdWithRunOnce_ReportsSkillIdMismatchAndExits()
    {
        await using var api = FakeRuntimeApi.Start();
        var foreign = File.ReadAllText(RepositoryPaths.Combine("events", "launch.json"))
            .Replace(LocalSkillId, "amzn1.ask.skill.11111111-2222-4333-8444-555555555555", StringComparison.Ordinal);
        api.Enqueue(QueuedEvent.Json("foreign", foreign));
        var environment = Environment(api);
        environment["AWS_LAMBDA_RUNTIME_RUN_ONCE"] = "true";
        environment["AWS_ENDPOINT_URL_DYNAMODB"] = $"http://127.0.0.1:{FreePort.Next()}"; // nothing listens: no state may be touched

        using var process = BootstrapProcess.Start(bootstrap.BinaryPath, environment);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(15));

        var post = await api.NextPostAsync();
        Assert.Equal((PostKind.Error, "Function.SkillIdMismatch", 202), (post.Kind, post.ErrorTypeHeader, post.Status));
        Assert.Equal(0, exitCode);
        Assert.Equal(1, api.NextCalls);
        AssertEveryLineIsJsonWithLevel(process.StandardOutput);
    }

    [Fact]
    public async Task Bootstrap_GlibcRequirement_IsAtMostAmazonLinux2023s()
    {
        var objdump = ExternalTool.Find("objdump")
            ?? SkipWith<string>("objdump is not installed (Debian: apt-get install binutils); cannot read the glibc symbol versions.");

        var result = await ExternalTool.RunAsync(objdump, ["-T", bootstrap.BinaryPath]);

        Assert.Equal(0, result.ExitCode);
        var versions = GlibcVersion().Matches(result.StandardOutput)
            .Select(m => Version.Parse(m.Groups[1].Value))
            .Distinct()
            .Order()
            .ToList();
        Assert.NotEmpty(versions);
        output.WriteLine($"highest glibc symbol version required: GLIBC_{versions[^1]}");
        Assert.True(versions[^1] <= MaxGlibc, $"bootstrap needs GLIBC_{versions[^1]}; provided.al2023 has {MaxGlibc}.");
    }

    [Fact]
    public void Bootstrap_Publish_PrintedNoWarningsAndFitsTheSizeBudget()
    {
        var size = new FileInfo(bootstrap.BinaryPath).Length;
        output.WriteLine($"bootstrap: {size:N0} bytes; publish took {bootstrap.RecordedPublishTime.TotalSeconds:0.0} s{(bootstrap.PublishTime is null ? " (cached from an earlier run)" : string.Empty)}");

        var warnings = bootstrap.PublishLog.Split('\n').Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(warnings.Count == 0, "The AOT publish printed warnings:\n" + string.Join('\n', warnings));
        Assert.True(size <= 20_000_000, $"bootstrap is {size:N0} bytes; the budget is 20 MB.");
    }

    private static Dictionary<string, string> Environment(FakeRuntimeApi api) => new(StringComparer.Ordinal)
    {
        ["AWS_LAMBDA_RUNTIME_API"] = api.Address,
        ["SKILL_ID"] = LocalSkillId,
        ["TABLE_NAME"] = "musicskill-unused",
        ["USER_KEY_SECRET"] = "local-test-user-key-secret",
        ["AWS_ACCESS_KEY_ID"] = "test",
        ["AWS_SECRET_ACCESS_KEY"] = "test",
        ["AWS_REGION"] = "us-east-1",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_LAMBDA_FUNCTION_NAME"] = "music-finder-SkillFunction",
        ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "128",
        ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
        ["_HANDLER"] = "bootstrap",
        ["TZ"] = ":UTC",
    };

    private static async Task AssertWelcomeResponseAsync(CapturedPost post)
    {
        var json = post.Json;
        Assert.Equal("1.0", json.GetProperty("version").GetString());
        var response = json.GetProperty("response");
        var speech = response.GetProperty("outputSpeech");
        Assert.Equal("SSML", speech.GetProperty("type").GetString());
        var ssml = speech.GetProperty("ssml").GetString()!;
        Assert.StartsWith("<speak>", ssml, StringComparison.Ordinal);
        Assert.True(response.TryGetProperty("reprompt", out _), "a question keeps a reprompt");
        Assert.False(response.GetProperty("shouldEndSession").GetBoolean());
        await SsmlChecker.Shared.AssertValidAsync(ssml);
        Assert.NotNull(AlexaJson.DeserializeResponse(post.Text).Response.OutputSpeech);
    }

    private static void AssertEveryLineIsJsonWithLevel(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Assert.True(Parse(line).TryGetProperty("level", out _), $"log line without a level: {line}");
        }
    }

    private static JsonElement Parse(string line) => JsonDocument.Parse(line).RootElement.Clone();

    private static T SkipWith<T>(string reason)
    {
        Assert.Skip(reason);
        return default!;
    }

    [GeneratedRegex(@"GLIBC_([0-9]+\.[0-9]+(?:\.[0-9]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex GlibcVersion();
}
