using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>The <c>context</c> struct: a <c>PolicyContext</c> (with its derived <c>knowncount</c>, as logged).</summary>
public sealed class ContextRow
{
    [JsonPropertyName("turn")]
    public int? Turn { get; set; }

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

    [JsonPropertyName("seedtrack")]
    public string? SeedTrack { get; set; }

    [JsonPropertyName("askedopen")]
    public int? AskedOpen { get; set; }

    [JsonPropertyName("askedmood")]
    public int? AskedMood { get; set; }

    [JsonPropertyName("askedgenre")]
    public int? AskedGenre { get; set; }

    [JsonPropertyName("askedera")]
    public int? AskedEra { get; set; }

    [JsonPropertyName("samplesoffered")]
    public int? SamplesOffered { get; set; }

    [JsonPropertyName("artistsoffered")]
    public int? ArtistsOffered { get; set; }

    [JsonPropertyName("stationsoffered")]
    public int? StationsOffered { get; set; }

    [JsonPropertyName("rejections")]
    public int? Rejections { get; set; }

    [JsonPropertyName("lastact")]
    public string? LastAct { get; set; }

    [JsonPropertyName("understanding")]
    public double? Understanding { get; set; }

    [JsonPropertyName("fallbackstreak")]
    public int? FallbackStreak { get; set; }

    [JsonPropertyName("poolsize")]
    public int? PoolSize { get; set; }

    [JsonPropertyName("poolgenreentropy")]
    public double? PoolGenreEntropy { get; set; }

    [JsonPropertyName("poollaidbackshare")]
    public double? PoolLaidBackShare { get; set; }

    [JsonPropertyName("poolupbeatshare")]
    public double? PoolUpbeatShare { get; set; }

    [JsonPropertyName("relaxed")]
    public int? Relaxed { get; set; }

    [JsonPropertyName("sentiment")]
    public double? Sentiment { get; set; }

    [JsonPropertyName("closeness")]
    public double? Closeness { get; set; }

    [JsonPropertyName("knowncount")]
    public int? KnownCount { get; set; }
}
