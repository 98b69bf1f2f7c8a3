namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// An artist with the attributes the conversation narrows on. Genre ids come from the taxonomy, primary first;
/// <see cref="EraId"/> is the artist's best-known decade and may be unknown.
/// </summary>
public sealed record Artist(
    string Id,
    string Name,
    IReadOnlyList<string> GenreIds,
    string MoodId,
    double Energy,
    string? EraId,
    int Popularity,
    IReadOnlyList<string> Synonyms);
