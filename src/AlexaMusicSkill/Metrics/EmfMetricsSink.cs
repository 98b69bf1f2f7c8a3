using System.Text.Json;
using AlexaMusicSkill.Logging;

namespace AlexaMusicSkill.Metrics;

/// <summary>
/// Writes each metric event as one CloudWatch Embedded Metric Format line on the function's stdout (CloudWatch Logs turns
/// the <c>_aws</c> block into metrics; no API call, no extra latency). Lines carry <c>"level":"INFO"</c> like every
/// other line, so Lambda's level filter keeps them, and no <c>recordType</c>, so the record export skips them.
/// </summary>
public sealed class EmfMetricsSink(JsonLineWriter output, string service, TimeProvider clock, string metricNamespace = MetricNames.Namespace) : IMetricsSink
{
    private const string Count = "Count";
    private const string Milliseconds = "Milliseconds";

    public void TurnCompleted(TimeSpan latency, bool failed) => output.WriteLine(json =>
    {
        WriteMetadata(json, arm: false, (MetricNames.TurnLatency, Milliseconds), (MetricNames.TurnErrors, Count));
        json.WriteNumber(MetricNames.TurnLatency, Math.Round(latency.TotalMilliseconds, 3));
        json.WriteNumber(MetricNames.TurnErrors, failed ? 1 : 0);
    });

    public void StorageUnavailable() => output.WriteLine(json =>
    {
        WriteMetadata(json, arm: false, (MetricNames.StorageUnavailable, Count));
        json.WriteNumber(MetricNames.StorageUnavailable, 1);
    });

    public void Conversation(string arm, ConversationEvent conversationEvent) => output.WriteLine(json =>
    {
        var name = MetricNames.For(conversationEvent);
        WriteMetadata(json, arm: true, (name, Count));
        json.WriteString(MetricNames.Arm, arm);
        json.WriteNumber(name, 1);
    });

    public void PolicyLoaded(bool fellBackToRules) => output.WriteLine(json =>
    {
        WriteMetadata(json, arm: false, (MetricNames.PolicyFallbacks, Count));
        json.WriteNumber(MetricNames.PolicyFallbacks, fellBackToRules ? 1 : 0);
    });

    private void WriteMetadata(Utf8JsonWriter json, bool arm, params ReadOnlySpan<(string Name, string Unit)> metrics)
    {
        json.WriteStartObject("_aws");
        json.WriteNumber("Timestamp", clock.GetUtcNow().ToUnixTimeMilliseconds());
        json.WriteStartArray("CloudWatchMetrics");
        json.WriteStartObject();
        json.WriteString("Namespace", metricNamespace);
        json.WriteStartArray("Dimensions");
        json.WriteStartArray();
        json.WriteStringValue(MetricNames.Service);
        if (arm)
        {
            json.WriteStringValue(MetricNames.Arm);
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteStartArray("Metrics");
        foreach (var (name, unit) in metrics)
        {
            json.WriteStartObject();
            json.WriteString("Name", name);
            json.WriteString("Unit", unit);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("level", "INFO");
        json.WriteString(MetricNames.Service, service);
    }
}
