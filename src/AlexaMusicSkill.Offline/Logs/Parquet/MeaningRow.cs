using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>The <c>input</c> / <c>finalinput</c> struct: a <c>UserMeaning</c>.</summary>
public sealed class MeaningRow
{
    [JsonPropertyName("act")]
    public string? Act { get; set; }

    [JsonPropertyName("mood")]
    public string? Mood { get; set; }

    [JsonPropertyName("genre")]
    public string? Genre { get; set; }

    [JsonPropertyName("era")]
    public string? Era { get; set; }

    [JsonPropertyName("artist")]
    public string? Artist { get; set; }

    [JsonPropertyName("activity")]
    public string? Activity { get; set; }

    [JsonPropertyName("feedback")]
    public string? Feedback { get; set; }

    [JsonPropertyName("erstatus")]
    public string? ErStatus { get; set; }

    [JsonPropertyName("confidence")]
    public double? Confidence { get; set; }

    [JsonPropertyName("endreason")]
    public string? EndReason { get; set; }
}
