using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>
/// An artist as written in a catalog source (CSV row or JSON object), before validation. Everything is optional
/// here so that a missing field becomes a finding, not a parse failure.
/// </summary>
public sealed record ArtistRow
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string>? Genres { get; init; }

    public string? Mood { get; init; }

    public double? Energy { get; init; }

    public string? Era { get; init; }

    public int? Popularity { get; init; }

    public IReadOnlyList<string>? Synonyms { get; init; }

    /// <summary>Where the row starts: 1-based line of the CSV record or of the JSON object's opening brace.</summary>
    [JsonIgnore]
    public int Line { get; init; }

    /// <summary>Fields present in the source whose value could not be read (already reported).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> UnreadableFields { get; init; } = [];

    /// <summary>True when the whole row could not be read; it only keeps its id so references to it still resolve.</summary>
    [JsonIgnore]
    public bool Unreadable { get; init; }

    /// <summary>JSON properties we do not know (likely typos), reported as warnings.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}
