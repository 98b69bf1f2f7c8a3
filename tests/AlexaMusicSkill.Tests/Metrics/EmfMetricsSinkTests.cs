using System.Text;
using System.Text.Json;
using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Metrics;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Users;
using Microsoft.Extensions.Time.Testing;

namespace AlexaMusicSkill.Tests.Metrics;

public sealed class EmfMetricsSinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TurnCompleted_WritesOneEmfLineWithLatencyAndErrorsUnderTheServiceDimension()
    {
        var (sink, lines) = Create();

        sink.TurnCompleted(TimeSpan.FromMilliseconds(12.3456), failed: true);

        var line = Assert.Single(lines());
        var directive = Directive(line);
        Assert.Equal(Now.ToUnixTimeMilliseconds(), line.GetProperty("_aws").GetProperty("Timestamp").GetInt64());
        Assert.Equal(MetricNames.Namespace, directive.GetProperty("Namespace").GetString());
        Assert.Equal([[MetricNames.Service]], Dimensions(directive));
        Assert.Equal([(MetricNames.TurnLatency, "Milliseconds"), (MetricNames.TurnErrors, "Count")], Metrics(directive));
        Assert.Equal("fn-name", line.GetProperty(MetricNames.Service).GetString());
        Assert.Equal(12.346, line.GetProperty(MetricNames.TurnLatency).GetDouble());
        Assert.Equal(1, line.GetProperty(MetricNames.TurnErrors).GetInt32());
        Assert.Equal("INFO", line.GetProperty("level").GetString());
        Assert.False(line.TryGetProperty("recordType", out _));
    }

    [Theory]
    [InlineData(ConversationEvent.Started, MetricNames.ConversationsStarted)]
    [InlineData(ConversationEvent.Accepted, MetricNames.ConversationsAccepted)]
    [InlineData(ConversationEvent.Abandoned, MetricNames.ConversationsAbandoned)]
    public void Conversation_CarriesTheArmDimension(ConversationEvent conversationEvent, string metric)
    {
        var (sink, lines) = Create();

        sink.Conversation("candidate", conversationEvent);

        var line = Assert.Single(lines());
        Assert.Equal([[MetricNames.Service, MetricNames.Arm]], Dimensions(Directive(line)));
        Assert.Equal([(metric, "Count")], Metrics(Directive(line)));
        Assert.Equal("candidate", line.GetProperty(MetricNames.Arm).GetString());
        Assert.Equal(1, line.GetProperty(metric).GetInt32());
    }

    [Fact]
    public async Task Engine_LaunchThenStop_CountsTurnsAndOneConversationPerArmWithoutUserIds()
    {
        using var stream = new MemoryStream();
        var writer = new JsonLineWriter(stream);
        var clock = new FakeTimeProvider(Now);
        var metrics = new EmfMetricsSink(writer, "fn-name", clock);
        var decisions = new InMemoryDecisionLog();
        var function = new SkillComposition
        {
            SkillId = AlexaRequests.LocalSkillId,
            Catalog = TestCatalog.Catalog,
            Store = new InMemoryUserStateStore(clock),
            Decisions = decisions,
            Users = UserKeyHasher.FromText(SkillHarness.Secret),
            Log = new InMemoryEventLog(),
            Clock = clock,
            Metrics = metrics,
        }.Build();
        var requests = new AlexaRequests("amzn1.ask.account.METRICS-USER");

        foreach (var request in new[] { requests.Launch(), requests.Intent("AMAZON.StopIntent") })
        {
            var body = Encoding.UTF8.GetBytes(AlexaMusicSkill.Alexa.AlexaJson.SerializeRequest(request));
            Assert.IsType<InvocationOutcome.Answered>(await function.InvokeAsync(body, new InvocationContext("i", Now.AddSeconds(7)), TestContext.Current.CancellationToken));
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count(l => l.TryGetProperty(MetricNames.TurnLatency, out _)));
        Assert.All(lines.Where(l => l.TryGetProperty(MetricNames.TurnErrors, out _)), l => Assert.Equal(0, l.GetProperty(MetricNames.TurnErrors).GetInt32()));
        Assert.Equal("production", Assert.Single(lines, l => l.TryGetProperty(MetricNames.ConversationsStarted, out _)).GetProperty(MetricNames.Arm).GetString());
        Assert.Single(lines, l => l.TryGetProperty(MetricNames.ConversationsAbandoned, out _));
        Assert.Equal(2, decisions.Records.Count);
        Assert.DoesNotContain(decisions.Records[0].UserKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("METRICS-USER", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("model", 1)]
    [InlineData("rules", 0)]
    public void PolicyResolver_ReportsWhetherTheProductionModelFellBack(string policy, int expected)
    {
        var (sink, lines) = Create();
        var configuration = new SkillConfiguration { SkillId = AlexaRequests.LocalSkillId, Policy = policy };

        PolicyResolver.Resolve(configuration, new InMemoryEventLog(), _ => null, sink);

        Assert.Equal(expected, Assert.Single(lines()).GetProperty(MetricNames.PolicyFallbacks).GetInt32());
    }

    [Theory]
    [InlineData("music-finder-SkillFunction-AbC123", "music-finder-SkillFunction-AbC123")]
    [InlineData(null, SkillConfiguration.DefaultServiceName)]
    public void Configuration_FunctionName_IsTheServiceDimension(string? functionName, string expected)
    {
        var env = new Dictionary<string, string?>
        {
            ["SKILL_ID"] = AlexaRequests.LocalSkillId,
            ["USER_KEY_SECRET"] = "0123456789abcdef0123",
            ["AWS_LAMBDA_FUNCTION_NAME"] = functionName,
        };

        var configuration = SkillConfiguration.FromEnvironment(env, requireTable: false).Configuration!;

        Assert.Equal(expected, configuration.ServiceName);
    }

    private static (EmfMetricsSink Sink, Func<IReadOnlyList<JsonElement>> Lines) Create()
    {
        var stream = new MemoryStream();
        var sink = new EmfMetricsSink(new JsonLineWriter(stream), "fn-name", new FakeTimeProvider(Now));
        return (sink, () => Encoding.UTF8.GetString(stream.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList());
    }

    private static JsonElement Directive(JsonElement line) =>
        Assert.Single(line.GetProperty("_aws").GetProperty("CloudWatchMetrics").EnumerateArray());

    private static string[][] Dimensions(JsonElement directive) =>
        directive.GetProperty("Dimensions").EnumerateArray().Select(set => set.EnumerateArray().Select(d => d.GetString()!).ToArray()).ToArray();

    private static (string, string)[] Metrics(JsonElement directive) =>
        directive.GetProperty("Metrics").EnumerateArray().Select(m => (m.GetProperty("Name").GetString()!, m.GetProperty("Unit").GetString()!)).ToArray();
}
