using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>
/// A track as written in a catalog source, before validation. Genres, mood, energy, era and popularity may be left
/// out and are then inherited from the artist (era is derived from the year first). Sample and stream are paths
/// relative to the media base URL or absolute https URLs; left out, they default to
/// <c>samples/&lt;id&gt;.mp3</c> and <c>tracks/&lt;id&gt;.mp3</c>.
/// </summary>
public sealed record TrackRow
{
    public string? Id { get; init; }

    public string? ArtistId { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    public IReadOnlyList<string>? Genres { get; init; }

    public string? Mood { get; init; }

    public double? Energy { get; init; }

    public string? Era { get; init; }

    public int? Popularity { get; init; }

    public double? DurationSeconds { get; init; }

    public string? Sample { get; init; }

    public string? Stream { get; init; }

    public string? SampleFormat { get; init; }

    public int? SampleBitrateKbps { get; init; }

    public int? SampleRateHz { get; init; }

    public double? SampleSeconds { get; init; }

    /// <inheritdoc cref="ArtistRow.Line"/>
    [JsonIgnore]
    public int Line { get; init; }

    /// <inheritdoc cref="ArtistRow.UnreadableFields"/>
    [JsonIgnore]
    public IReadOnlyList<string> UnreadableFields { get; init; } = [];

    /// <inheritdoc cref="ArtistRow.Unreadable"/>
    [JsonIgnore]
    public bool Unreadable { get; init; }

    /// <inheritdoc cref="ArtistRow.UnknownProperties"/>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}
