using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>The <c>offered</c> struct: what the chosen action offered.</summary>
public sealed class OfferedRow
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("attributes")]
    public List<string?>? Attributes { get; set; }

    [JsonPropertyName("trackid")]
    public string? TrackId { get; set; }

    [JsonPropertyName("artistid")]
    public string? ArtistId { get; set; }

    [JsonPropertyName("stationid")]
    public string? StationId { get; set; }
}
