using System.Text.Json;
using AlexaMusicSkill.Metrics;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Deployment;

/// <summary>The alarms of template.yaml watch exactly the metrics the function publishes (names from MetricNames).</summary>
public sealed class AlarmTemplateTests
{
    private static readonly string[] Published =
    [
        MetricNames.TurnLatency, MetricNames.TurnErrors, MetricNames.StorageUnavailable, MetricNames.ConversationsStarted,
        MetricNames.ConversationsAccepted, MetricNames.ConversationsAbandoned, MetricNames.PolicyFallbacks,
    ];

    [Fact]
    public async Task Transform_WithoutCandidate_HasErrorLatencyAndFallbackAlarms()
    {
        var alarms = Alarms(await SamTemplate.ResourcesAsync());

        Assert.Equal(["PolicyFallbackAlarm", "TurnErrorsAlarm", "TurnLatencyAlarm"], alarms.Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Transform_EveryAlarm_ReadsPublishedMetricsOfThisFunction()
    {
        var alarms = Alarms(await SamTemplate.ResourcesAsync("CandidatePolicy=model:next", "CandidateShare=0.2"));

        Assert.Equal(4, alarms.Count);
        foreach (var alarm in alarms)
        {
            var metrics = MetricsOf(alarm.Properties).ToList();
            Assert.NotEmpty(metrics);
            foreach (var metric in metrics)
            {
                Assert.Equal(MetricNames.Namespace, metric.GetProperty("Namespace").GetString());
                Assert.Contains(metric.GetProperty("MetricName").GetString(), Published);
                var service = Assert.Single(metric.GetProperty("Dimensions").EnumerateArray(), d => d.GetProperty("Name").GetString() == MetricNames.Service);
                Assert.Equal("SkillFunction", service.GetProperty("Value").GetProperty("Ref").GetString());
            }

            var actions = alarm.Properties.GetProperty("AlarmActions").GetProperty("Fn::If");
            Assert.Equal("HasAlarmTopic", actions[0].GetString());
        }
    }

    [Fact]
    public async Task Transform_LatencyAlarm_WatchesTheP99AgainstTheParameter()
    {
        var latency = Assert.Single(Alarms(await SamTemplate.ResourcesAsync()), a => a.Name == "TurnLatencyAlarm").Properties;

        Assert.Equal(MetricNames.TurnLatency, latency.GetProperty("MetricName").GetString());
        Assert.Equal("p99", latency.GetProperty("ExtendedStatistic").GetString());
        Assert.Equal("LatencyAlarmMilliseconds", latency.GetProperty("Threshold").GetProperty("Ref").GetString());
    }

    [Fact]
    public async Task Transform_FallbackAlarm_FiresOnAnyFallback()
    {
        var fallback = Assert.Single(Alarms(await SamTemplate.ResourcesAsync()), a => a.Name == "PolicyFallbackAlarm").Properties;

        Assert.Equal(MetricNames.PolicyFallbacks, fallback.GetProperty("MetricName").GetString());
        Assert.Equal("GreaterThanThreshold", fallback.GetProperty("ComparisonOperator").GetString());
        Assert.Equal(0, fallback.GetProperty("Threshold").GetDouble());
    }

    [Fact]
    public async Task Transform_CandidateAcceptanceAlarm_ComparesTheArmsAcceptanceRates()
    {
        var alarm = Assert.Single(Alarms(await SamTemplate.ResourcesAsync("CandidatePolicy=model:next", "CandidateShare=0.2")), a => a.Name == "CandidateAcceptanceAlarm").Properties;

        var arms = MetricsOf(alarm)
            .Select(m => (m.GetProperty("MetricName").GetString(), Assert.Single(m.GetProperty("Dimensions").EnumerateArray(), d => d.GetProperty("Name").GetString() == MetricNames.Arm).GetProperty("Value").GetString()))
            .Order()
            .ToList();
        Assert.Equal(
            [
                (MetricNames.ConversationsAccepted, SplitPolicyAssignment.CandidateArm), (MetricNames.ConversationsAccepted, SplitPolicyAssignment.ProductionArm),
                (MetricNames.ConversationsStarted, SplitPolicyAssignment.CandidateArm), (MetricNames.ConversationsStarted, SplitPolicyAssignment.ProductionArm),
            ],
            arms);
        var expression = Assert.Single(alarm.GetProperty("Metrics").EnumerateArray(), m => m.TryGetProperty("Expression", out _));
        Assert.True(expression.GetProperty("ReturnData").GetBoolean());
        Assert.Equal("AcceptanceDropAlarmThreshold", alarm.GetProperty("Threshold").GetProperty("Ref").GetString());
    }

    private static List<TemplateResource> Alarms(IReadOnlyList<TemplateResource> resources) =>
        [.. resources.Where(r => r.Type == "AWS::CloudWatch::Alarm")];

    /// <summary>The metrics an alarm reads: its own, or those of its metric-math queries.</summary>
    private static IEnumerable<JsonElement> MetricsOf(JsonElement alarm)
    {
        if (alarm.TryGetProperty("MetricName", out _))
        {
            return [alarm];
        }

        return alarm.GetProperty("Metrics").EnumerateArray()
            .Where(m => m.TryGetProperty("MetricStat", out _))
            .Select(m => m.GetProperty("MetricStat").GetProperty("Metric"));
    }
}
