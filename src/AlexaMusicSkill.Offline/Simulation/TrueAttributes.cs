using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// What a simulated listener knows about a piece of music: genres (primary first, possibly none), energy and era,
/// each possibly unknown. This is the listener's truth, kept apart from the engine's catalog, which may have to
/// represent the same unknowns differently (a research catalog gives unknown energy the neutral 0.5).
/// </summary>
public sealed class TrueAttributes
{
    public TrueAttributes(IReadOnlyList<string> genres, double? energy, string? era)
    {
        Genres = genres;
        Energy = energy;
        Era = era;
        Mood = energy is { } e ? MusicTaxonomy.MoodForEnergy(e) : null;
        EraIndex = CatalogIndex.EraIndex(era);
        Primary = genres.Count > 0 ? CatalogIndex.Bit(genres[0]) : 0;
        foreach (var genre in genres)
        {
            OwnMask |= CatalogIndex.Bit(genre);
            AncestorMask |= WithAncestors(genre);
        }
    }

    public IReadOnlyList<string> Genres { get; }

    public double? Energy { get; }

    /// <summary>The mood bucket of <see cref="Energy"/>, or null when the energy is unknown.</summary>
    public string? Mood { get; }

    public string? Era { get; }

    internal int EraIndex { get; }

    /// <summary>Bit of the primary genre (0 when none is known).</summary>
    internal uint Primary { get; }

    internal uint OwnMask { get; }

    /// <summary>Own genres and all their ancestors ("alternative rock" is also "rock").</summary>
    internal uint AncestorMask { get; }

    /// <summary>True when one of the genres is <paramref name="genreId"/> or one of its sub-genres.</summary>
    public bool HasGenreWithin(string genreId) => (AncestorMask & CatalogIndex.Bit(genreId)) != 0;

    /// <summary>The first of the genres that lies within <paramref name="genreId"/>, primary first.</summary>
    public string? GenreWithin(string genreId) => Genres.FirstOrDefault(g => MusicTaxonomy.IsWithin(g, genreId));

    internal static uint WithAncestors(string genreId)
    {
        uint mask = 0;
        for (var genre = MusicTaxonomy.FindGenre(genreId); genre is not null; genre = MusicTaxonomy.FindGenre(genre.ParentId))
        {
            mask |= CatalogIndex.Bit(genre.Id);
        }

        return mask;
    }
}
