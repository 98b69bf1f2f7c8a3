using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>One element of the <c>candidates</c> array; a missing feature (NaN) is a null element.</summary>
public sealed class CandidateRow
{
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    [JsonPropertyName("score")]
    public double? Score { get; set; }

    [JsonPropertyName("probability")]
    public double? Probability { get; set; }

    [JsonPropertyName("poolshare")]
    public double? PoolShare { get; set; }

    [JsonPropertyName("affinity")]
    public double? Affinity { get; set; }

    [JsonPropertyName("features")]
    public List<float?>? Features { get; set; }
}
