using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Lambda.Runtime;
using AlexaMusicSkill.Lambda.Tests.Fakes;
using AlexaMusicSkill.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace AlexaMusicSkill.Lambda.Tests.Runtime;

[Collection(InProcessRuntimeCollection.Name)]
public sealed class LambdaRuntimeLoopTests
{
    private const string LocalSkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    [Fact]
    public async Task RunAsync_SeveralEvents_AnswersEachInOrder()
    {
        await using var run = LoopRun.Start(FakeSkillFunction.Echo());
        for (var i = 1; i <= 3; i++)
        {
            run.Api.Enqueue(QueuedEvent.Json($"req-{i}", $"{{\"n\":{i}}}"));
        }

        var posts = new List<CapturedPost>();
        for (var i = 0; i < 3; i++)
        {
            posts.Add(await run.Api.NextPostAsync());
        }

        Assert.All(posts, p => Assert.Equal((PostKind.Response, 202), (p.Kind, p.Status)));
        Assert.Equal(["req-1", "req-2", "req-3"], posts.Select(p => p.RequestId));
        Assert.Equal(["{\"n\":1}", "{\"n\":2}", "{\"n\":3}"], posts.Select(p => p.Text));
        Assert.Equal("application/json", posts[0].ContentType);
        Assert.Equal(BootstrapExitCodes.Success, await run.StopAsync());
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_PostsUnhandledExceptionErrorAndContinues()
    {
        var function = new FakeSkillFunction((body, _) => body.Length == 0
            ? throw new InvalidOperationException("the handler broke")
            : new InvocationOutcome.Answered(body));
        await using var run = LoopRun.Start(function);
        run.Api.Enqueue(new QueuedEvent("boom", []));
        run.Api.Enqueue(QueuedEvent.Json("fine", "{}"));

        var error = await run.Api.NextPostAsync();
        var next = await run.Api.NextPostAsync();

        Assert.Equal((PostKind.Error, "boom", 202), (error.Kind, error.RequestId, error.Status));
        Assert.Equal("Function.UnhandledException", error.ErrorTypeHeader);
        Assert.Equal("application/vnd.aws.lambda.error+json", error.ContentType);
        Assert.Equal("InvalidOperationException", error.Json.GetProperty("errorType").GetString());
        Assert.Equal("the handler broke", error.Json.GetProperty("errorMessage").GetString());
        Assert.NotEqual(0, error.Json.GetProperty("stackTrace").GetArrayLength());
        Assert.Equal((PostKind.Response, "fine"), (next.Kind, next.RequestId));
        Assert.Equal(BootstrapExitCodes.Success, await run.StopAsync());

        var logged = Assert.Single(run.Logs.Lines, l => l.GetProperty("level").GetString() == "ERROR");
        Assert.Equal("boom", logged.GetProperty("requestId").GetString());
        Assert.Equal("InvalidOperationException", logged.GetProperty("errorType").GetString());
    }

    [Fact]
    public async Task RunAsync_WrongSkillId_PostsSkillIdMismatchAndTouchesNoState()
    {
        var handler = new CountingHandler();
        using var logs = new LogCapture();
        var function = new SkillFunction(LocalSkillId, handler, logs.Log());
        await using var run = LoopRun.Start(function);
        var launch = File.ReadAllText(RepositoryPaths.Combine("events", "launch.json"))
            .Replace(LocalSkillId, "amzn1.ask.skill.11111111-2222-4333-8444-555555555555", StringComparison.Ordinal);
        run.Api.Enqueue(QueuedEvent.Json("foreign", launch));

        var post = await run.Api.NextPostAsync();

        Assert.Equal((PostKind.Error, "foreign", 202), (post.Kind, post.RequestId, post.Status));
        Assert.True(post.ErrorTypeHeader == "Function.SkillIdMismatch", post.Text);
        Assert.Equal("Function.SkillIdMismatch", post.ErrorTypeHeader);
        Assert.Equal("SkillIdMismatch", post.Json.GetProperty("errorType").GetString());
        Assert.Equal(0, post.Json.GetProperty("stackTrace").GetArrayLength());
        Assert.Equal(0, handler.Calls);
        Assert.Equal(BootstrapExitCodes.Success, await run.StopAsync());
    }

    [Fact]
    public async Task RunAsync_ResponseOverRuntimeLimit_PostsErrorInsteadOfResponse()
    {
        var function = new FakeSkillFunction((body, _) => body.Length == 0
            ? new InvocationOutcome.Answered(new byte[RuntimeApiHeaders.MaxResponseBytes + 1])
            : new InvocationOutcome.Answered(body));
        await using var run = LoopRun.Start(function);
        run.Api.Enqueue(new QueuedEvent("huge", []));
        run.Api.Enqueue(QueuedEvent.Json("small", "{}"));

        var error = await run.Api.NextPostAsync();
        var next = await run.Api.NextPostAsync();

        Assert.Equal((PostKind.Error, "huge", 202), (error.Kind, error.RequestId, error.Status));
        Assert.Equal("Function.ResponseSizeTooLarge", error.ErrorTypeHeader);
        Assert.Contains("6291557 bytes", error.Json.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal((PostKind.Response, "small"), (next.Kind, next.RequestId));
        await run.StopAsync();
    }

    [Fact]
    public async Task RunAsync_ResponseExactlyAtRuntimeLimit_IsPosted()
    {
        Assert.Equal(6_291_556, RuntimeApiHeaders.MaxResponseBytes);
        var function = new FakeSkillFunction((_, _) => new InvocationOutcome.Answered(new byte[RuntimeApiHeaders.MaxResponseBytes]));
        await using var run = LoopRun.Start(function);
        run.Api.Enqueue(QueuedEvent.Json("edge", "{}"));

        var post = await run.Api.NextPostAsync();

        Assert.Equal((PostKind.Response, 202, 6_291_556), (post.Kind, post.Status, post.Body.Length));
        await run.StopAsync();
    }

    [Fact]
    public async Task RunAsync_ServerAnswers413_ReportsResponseSizeError()
    {
        await using var run = LoopRun.Start(new FakeSkillFunction((_, _) => new InvocationOutcome.Answered(new byte[2000])));
        run.Api.MaxPayloadBytes = 1000;
        run.Api.Enqueue(QueuedEvent.Json("big", "{}"));

        var refused = await run.Api.NextPostAsync();
        var error = await run.Api.NextPostAsync();

        Assert.Equal((PostKind.Response, 413), (refused.Kind, refused.Status));
        Assert.Equal((PostKind.Error, "big", 202), (error.Kind, error.RequestId, error.Status));
        Assert.Equal("Function.ResponseSizeTooLarge", error.ErrorTypeHeader);
        await run.StopAsync();
    }

    [Fact]
    public async Task RunAsync_NextAnswers500_ExitsWithRuntimeApiFailed()
    {
        await using var run = LoopRun.Start(FakeSkillFunction.Echo(), configure: api => api.FailNextWith500 = true);

        var exitCode = await run.Running.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(BootstrapExitCodes.RuntimeApiFailed, exitCode);
        var fatal = Assert.Single(run.Logs.Lines);
        Assert.Equal("FATAL", fatal.GetProperty("level").GetString());
        Assert.Contains("500", fatal.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PostAnswers500_ExitsWithRuntimeApiFailed()
    {
        await using var run = LoopRun.Start(FakeSkillFunction.Echo(), configure: api => api.FailPostsWith500 = true);
        run.Api.Enqueue(QueuedEvent.Json("doomed", "{}"));

        Assert.Equal(BootstrapExitCodes.RuntimeApiFailed, await run.Running.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_RuntimeApiUnreachable_ExitsWithRuntimeApiFailed()
    {
        using var client = new RuntimeApiClient($"127.0.0.1:{FreePort.Next()}");
        using var logs = new LogCapture();
        var loop = new LambdaRuntimeLoop(client, FakeSkillFunction.Echo(), logs.Log(), TimeProvider.System, new RuntimeLoopOptions());

        Assert.Equal(BootstrapExitCodes.RuntimeApiFailed, await loop.RunAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Equal("FATAL", Assert.Single(logs.Lines).GetProperty("level").GetString());
    }

    [Fact]
    public async Task RunAsync_TraceHeader_SetsTraceEnvironmentVariableForThatInvokeOnly()
    {
        const string trace = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";
        var function = FakeSkillFunction.Echo();
        await using var run = LoopRun.Start(function);
        run.Api.Enqueue(QueuedEvent.Json("traced", "{}") with { TraceId = trace });
        run.Api.Enqueue(QueuedEvent.Json("untraced", "{}"));

        await run.Api.NextPostAsync();
        await run.Api.NextPostAsync();

        var calls = function.Calls.ToArray();
        Assert.Equal(trace, calls[0].TraceEnvironment);
        Assert.Equal(trace, calls[0].Context.TraceId);
        Assert.Null(calls[1].TraceEnvironment);
        Assert.Null(calls[1].Context.TraceId);
        await run.StopAsync();
    }

    [Fact]
    public async Task RunAsync_DeadlineAndArnHeaders_ReachTheInvocationContext()
    {
        const string arn = "arn:aws:lambda:us-east-1:123456789012:function:music-finder-SkillFunction:live";
        var function = FakeSkillFunction.Echo();
        await using var run = LoopRun.Start(function);
        run.Api.Enqueue(QueuedEvent.Json("timed", "{}") with { DeadlineMs = 1542409706888, FunctionArn = arn });

        await run.Api.NextPostAsync();

        var context = Assert.Single(function.Calls).Context;
        Assert.Equal("timed", context.InvocationId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1542409706888), context.Deadline);
        Assert.Equal(new DateTimeOffset(2018, 11, 16, 23, 8, 26, 888, TimeSpan.Zero), context.Deadline);
        Assert.Equal(arn, context.FunctionArn);
        await run.StopAsync();
    }

    [Fact]
    public async Task RunAsync_NoDeadlineHeader_AssumesTheTemplateTimeoutFromNow()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 19, 4, 10, TimeSpan.Zero));
        var function = FakeSkillFunction.Echo();
        await using var run = LoopRun.Start(function, clock: clock);
        run.Api.Enqueue(QueuedEvent.Json("untimed", "{}"));

        await run.Api.NextPostAsync();

        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(7), Assert.Single(function.Calls).Context.Deadline);
        await run.StopAsync();
    }

    [Fact]
    public async Task RunAsync_RunOnce_ReturnsAfterTheFirstEvent()
    {
        await using var run = LoopRun.Start(FakeSkillFunction.Echo(), new RuntimeLoopOptions { RunOnce = true });
        run.Api.Enqueue(QueuedEvent.Json("first", "{}"));
        run.Api.Enqueue(QueuedEvent.Json("second", "{}"));

        Assert.Equal(BootstrapExitCodes.Success, await run.Running.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Equal("first", (await run.Api.NextPostAsync()).RequestId);
        Assert.False(run.Api.TryTakePost(out _));
        Assert.Equal(1, run.Api.NextCalls);
    }

    [Fact]
    public async Task RunAsync_EveryCall_SendsOurUserAgent()
    {
        await using var run = LoopRun.Start(FakeSkillFunction.Echo());
        run.Api.Enqueue(QueuedEvent.Json("ua", "{}"));

        var post = await run.Api.NextPostAsync();
        await run.StopAsync();

        Assert.StartsWith("alexamusicskill-aot/", post.UserAgent, StringComparison.Ordinal);
        Assert.All(run.Api.UserAgents, ua => Assert.Equal(RuntimeApiClient.UserAgent, ua));
    }

    /// <summary>A loop running against a fresh fake Runtime API until <see cref="StopAsync"/>.</summary>
    private sealed class LoopRun : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly RuntimeApiClient _client;

        private LoopRun(ISkillFunction function, RuntimeLoopOptions options, TimeProvider clock, Action<FakeRuntimeApi>? configure)
        {
            Api = FakeRuntimeApi.Start();
            configure?.Invoke(Api);
            _client = new RuntimeApiClient(Api.Address);
            var loop = new LambdaRuntimeLoop(_client, function, Logs.Log(), clock, options);
            Running = Task.Run(() => loop.RunAsync(_stop.Token));
        }

        public FakeRuntimeApi Api { get; }

        public LogCapture Logs { get; } = new();

        public Task<int> Running { get; }

        public static LoopRun Start(ISkillFunction function, RuntimeLoopOptions? options = null, TimeProvider? clock = null, Action<FakeRuntimeApi>? configure = null) =>
            new(function, options ?? new RuntimeLoopOptions(), clock ?? TimeProvider.System, configure);

        public async Task<int> StopAsync()
        {
            await _stop.CancelAsync();
            return await Running.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await Running.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            }
            finally
            {
                _client.Dispose();
                await Api.DisposeAsync();
                Logs.Dispose();
                _stop.Dispose();
            }
        }
    }

    private sealed class CountingHandler : ISkillRequestHandler
    {
        private int _calls;

        public int Calls => _calls;

        public Task<TurnResult> HandleAsync(SkillRequest request, InvocationContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(new TurnResult(SkillResponse.Empty(), null));
        }
    }
}
