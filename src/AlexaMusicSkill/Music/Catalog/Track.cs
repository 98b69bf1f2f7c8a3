namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// A playable item: a short SSML sample (48 kbps MP3) and a full stream, both absolute https URLs.
/// Attributes are resolved at load time (a track inherits what it does not state from its artist).
/// </summary>
public sealed record Track(
    string Id,
    string ArtistId,
    string Title,
    int? Year,
    IReadOnlyList<string> GenreIds,
    string MoodId,
    double Energy,
    string? EraId,
    int Popularity,
    TimeSpan Duration,
    TimeSpan SampleDuration,
    string SampleUrl,
    string StreamUrl);
