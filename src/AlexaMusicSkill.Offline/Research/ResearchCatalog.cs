namespace AlexaMusicSkill.Offline.Research;

/// <summary>
/// An artist from a research dataset with whatever attributes its evidence supports. Unknown stays null (or an
/// empty genre list): simulated listeners answer "I don't know" rather than follow a guess.
/// </summary>
public sealed record ResearchArtist(
    int Id,
    string Name,
    IReadOnlyList<string> GenreIds,
    double? Energy,
    string? MoodId,
    string? EraId,
    int Listeners,
    long Plays);

/// <summary>One artist in a user's listening history with how often the user played it.</summary>
public sealed record Listen(int ArtistId, int PlayCount);

/// <summary>
/// Artists (the items; research data has no tracks) and each user's listening history, most played first.
/// Built from non-commercial research data at run time: never committed, never shipped in the skill.
/// </summary>
public sealed class ResearchCatalog(IReadOnlyList<ResearchArtist> artists, IReadOnlyDictionary<int, IReadOnlyList<Listen>> histories)
{
    private readonly Dictionary<int, ResearchArtist> _byId = artists.ToDictionary(a => a.Id);

    public IReadOnlyList<ResearchArtist> Artists { get; } = artists;

    /// <summary>userId → the artists the user listened to, most played first.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Listen>> Histories { get; } = histories;

    public ResearchArtist? FindArtist(int id) => _byId.GetValueOrDefault(id);
}
