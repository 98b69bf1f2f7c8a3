using System.Text;
using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Lambda.Startup;
using AlexaMusicSkill.Lambda.Tests.Fakes;
using AlexaMusicSkill.Metrics;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Startup;

[Collection(InProcessRuntimeCollection.Name)]
public sealed class ColdStartTests
{
    private const string LocalSkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    private const string Secret = "local-test-user-key-secret";

    [Fact]
    public async Task RunAsync_BadConfiguration_ReportsInitErrorNamingEveryProblemAndExitsNonZero()
    {
        await using var api = FakeRuntimeApi.Start();
        using var output = new LogCapture();
        var env = new Dictionary<string, string?> { ["AWS_LAMBDA_RUNTIME_API"] = api.Address, ["EXPLORATION_SHARE"] = "1.5" };

        var exitCode = await CreateColdStart(env, output).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(BootstrapExitCodes.InitFailed, exitCode);
        var post = await api.NextPostAsync();
        Assert.Equal((PostKind.InitError, 202), (post.Kind, post.Status));
        Assert.Equal("Runtime.InvalidConfiguration", post.ErrorTypeHeader);
        var message = post.Json.GetProperty("errorMessage").GetString()!;
        Assert.All(["SKILL_ID", "TABLE_NAME", "USER_KEY_SECRET", "EXPLORATION_SHARE"], name => Assert.Contains(name, message, StringComparison.Ordinal));

        var line = Assert.Single(output.Lines);
        Assert.Equal("FATAL", line.GetProperty("level").GetString());
        Assert.Equal(message, line.GetProperty("message").GetString());
        Assert.Equal(0, api.NextCalls);
    }

    [Fact]
    public async Task RunAsync_NoRuntimeApi_LogsOneFatalLineAndExitsNonZero()
    {
        using var output = new LogCapture();

        var exitCode = await CreateColdStart(ValidEnvironment(null), output).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(BootstrapExitCodes.InitFailed, exitCode);
        var line = Assert.Single(output.Lines);
        Assert.Equal("FATAL", line.GetProperty("level").GetString());
        Assert.Contains("AWS_LAMBDA_RUNTIME_API", line.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MalformedRuntimeApi_LogsOneFatalLineAndExitsNonZero()
    {
        using var output = new LogCapture();

        var exitCode = await CreateColdStart(ValidEnvironment("not a host/port"), output).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(BootstrapExitCodes.InitFailed, exitCode);
        Assert.Equal("FATAL", Assert.Single(output.Lines).GetProperty("level").GetString());
    }

    [Fact]
    public async Task RunAsync_SecretFromSsmParameter_ReachesTheFunctionAndServes()
    {
        await using var api = FakeRuntimeApi.Start();
        using var output = new LogCapture();
        var env = ValidEnvironment(api.Address);
        env.Remove("USER_KEY_SECRET");
        env["USER_KEY_SECRET_PARAMETER"] = "/music-finder/user-key-secret";
        var reader = new FakeParameterReader(name => name == "/music-finder/user-key-secret" ? "  secret-from-parameter-store \n" : throw new InvalidOperationException(name));
        byte[]? received = null;
        api.Enqueue(QueuedEvent.Json("one", "{}"));

        var exitCode = await CreateColdStart(env, output, (config, secret, log, records, clock) =>
        {
            received = secret;
            return FakeSkillFunction.Echo();
        }, () => reader).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(BootstrapExitCodes.Success, exitCode);
        Assert.Equal("secret-from-parameter-store", Encoding.UTF8.GetString(received!));
        Assert.Equal(1, reader.Reads);
        Assert.Equal(PostKind.Response, (await api.NextPostAsync()).Kind);
    }

    [Fact]
    public async Task RunAsync_DirectSecret_IsPreferredAndSsmIsNeverCalled()
    {
        await using var api = FakeRuntimeApi.Start();
        using var output = new LogCapture();
        var env = ValidEnvironment(api.Address);
        env["USER_KEY_SECRET_PARAMETER"] = "/unused";
        byte[]? received = null;
        api.Enqueue(QueuedEvent.Json("one", "{}"));

        await CreateColdStart(env, output, (_, secret, _, _, _) =>
        {
            received = secret;
            return FakeSkillFunction.Echo();
        }, () => throw new InvalidOperationException("SSM must not be created")).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Secret, Encoding.UTF8.GetString(received!));
    }

    [Theory]
    [InlineData("throws")]
    [InlineData("short")]
    public async Task RunAsync_UnusableSsmSecret_ReportsUserKeySecretUnavailable(string failure)
    {
        await using var api = FakeRuntimeApi.Start();
        using var output = new LogCapture();
        var env = ValidEnvironment(api.Address);
        env.Remove("USER_KEY_SECRET");
        env["USER_KEY_SECRET_PARAMETER"] = "/music-finder/missing";
        var reader = new FakeParameterReader(_ => failure == "short" ? "tooshort" : throw new InvalidOperationException("ParameterNotFound"));

        var exitCode = await CreateColdStart(env, output, parameterReader: () => reader).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(BootstrapExitCodes.InitFailed, exitCode);
        var post = await api.NextPostAsync();
        Assert.Equal((PostKind.InitError, "Runtime.UserKeySecretUnavailable"), (post.Kind, post.ErrorTypeHeader));
        Assert.Contains("/music-finder/missing", post.Json.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tooshort", output.RawLines.Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("tooshort", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CompositionThrows_ReportsInitErrorWithTheException()
    {
        await using var api = FakeRuntimeApi.Start();
        using var output = new LogCapture();

        var exitCode = await CreateColdStart(ValidEnvironment(api.Address), output, (_, _, _, _, _) => throw new FileNotFoundException("model missing"))
            .RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(BootstrapExitCodes.InitFailed, exitCode);
        var post = await api.NextPostAsync();
        Assert.Equal("Runtime.InitError", post.ErrorTypeHeader);
        Assert.Equal("FileNotFoundException", post.Json.GetProperty("errorType").GetString());
        Assert.Equal("model missing", post.Json.GetProperty("errorMessage").GetString());
        var line = Assert.Single(output.Lines);
        Assert.Equal(("FATAL", "FileNotFoundException"), (line.GetProperty("level").GetString(), line.GetProperty("errorType").GetString()));
    }

    [Fact]
    public async Task RunAsync_ProductionComposition_AnswersLaunchWithSpeech()
    {
        await using var api = FakeRuntimeApi.Start();
        await using var dynalite = await DynaliteServer.StartAsync();
        using var output = new LogCapture();
        var env = ValidEnvironment(api.Address);
        env["AWS_LAMBDA_RUNTIME_RUN_ONCE"] = "true";
        env["TABLE_NAME"] = await dynalite.CreateStateTableAsync();
        env["AWS_ENDPOINT_URL_DYNAMODB"] = dynalite.ServiceUrl;
        // The AWS SDK reads credentials from the process; dynalite accepts any.
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") ?? "test");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? "test");
        api.Enqueue(QueuedEvent.Json("launch", File.ReadAllText(RepositoryPaths.Combine("events", "launch.json"))));

        var exitCode = await CreateColdStart(env, output, LambdaComposition.Create).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(BootstrapExitCodes.Success, exitCode);
        var post = await api.NextPostAsync();
        Assert.True(post.Kind == PostKind.Response, post.Text);
        var response = post.Json.GetProperty("response");
        Assert.Equal("SSML", response.GetProperty("outputSpeech").GetProperty("type").GetString());
        Assert.False(response.GetProperty("shouldEndSession").GetBoolean());
        var ready = Assert.Single(output.Lines, l => l.TryGetProperty("message", out var m) && m.GetString() == "cold start complete");
        Assert.Single(output.Lines, l => l.TryGetProperty("recordType", out var t) && t.GetString() == "decision");
        Assert.Equal("INFO", ready.GetProperty("level").GetString());
        Assert.All(output.Lines, l => Assert.True(l.TryGetProperty("level", out _)));

        // Metrics ride the same stdout as EMF lines: the turn, the conversation it started, the policy resolved.
        var turn = Assert.Single(output.Lines, l => l.TryGetProperty("_aws", out _) && l.TryGetProperty(MetricNames.TurnLatency, out _));
        Assert.Equal(SkillConfiguration.DefaultServiceName, turn.GetProperty(MetricNames.Service).GetString());
        Assert.Single(output.Lines, l => l.TryGetProperty(MetricNames.ConversationsStarted, out _));
        Assert.Single(output.Lines, l => l.TryGetProperty(MetricNames.PolicyFallbacks, out _));
    }

    private static Dictionary<string, string?> ValidEnvironment(string? runtimeApi) => new(StringComparer.Ordinal)
    {
        ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi,
        ["SKILL_ID"] = LocalSkillId,
        ["TABLE_NAME"] = "musicskill-test",
        ["AWS_REGION"] = "us-east-1",
        ["USER_KEY_SECRET"] = Secret,
        ["AWS_LAMBDA_RUNTIME_RUN_ONCE"] = "true",
    };

    private static ColdStart CreateColdStart(
        IReadOnlyDictionary<string, string?> environment,
        LogCapture output,
        SkillFunctionFactory? createFunction = null,
        Func<ISecureParameterReader>? parameterReader = null) =>
        new(
            environment,
            output.Writer,
            TimeProvider.System,
            createFunction ?? ((_, _, _, _, _) => FakeSkillFunction.Echo()),
            parameterReader ?? (() => throw new InvalidOperationException("no SSM in this test")));

    private sealed class FakeParameterReader(Func<string, string> read) : ISecureParameterReader
    {
        public int Reads { get; private set; }

        public Task<string> ReadAsync(string name, CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult(read(name));
        }
    }
}
