using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>The <c>item</c> struct of an outcome: what was accepted.</summary>
public sealed class ItemRow
{
    [JsonPropertyName("stationid")]
    public string? StationId { get; set; }

    [JsonPropertyName("trackid")]
    public string? TrackId { get; set; }

    [JsonPropertyName("artistid")]
    public string? ArtistId { get; set; }

    [JsonPropertyName("firsttrackid")]
    public string? FirstTrackId { get; set; }

    [JsonPropertyName("genres")]
    public List<string?>? Genres { get; set; }

    [JsonPropertyName("mood")]
    public string? Mood { get; set; }

    [JsonPropertyName("era")]
    public string? Era { get; set; }

    [JsonPropertyName("activity")]
    public string? Activity { get; set; }
}
