using AlexaMusicSkill.Music.Catalog;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// The listener's knowledge of every artist and track the engine can offer (by catalog id): what they would hear
/// in a sample or know about a name. Built from the catalog itself for the built-in population, and from the
/// research data (unknowns kept unknown) for the HetRec population.
/// </summary>
public sealed class MusicTruth
{
    private readonly Dictionary<string, TrueAttributes> _artists;
    private readonly Dictionary<string, (string ArtistId, TrueAttributes Attributes)> _tracks;

    public MusicTruth(IReadOnlyDictionary<string, TrueAttributes> artists, IReadOnlyDictionary<string, (string ArtistId, TrueAttributes Attributes)> tracks)
    {
        _artists = new Dictionary<string, TrueAttributes>(artists, StringComparer.Ordinal);
        _tracks = new Dictionary<string, (string, TrueAttributes)>(tracks, StringComparer.Ordinal);
    }

    /// <summary>The catalog's own attributes are the truth (the built-in catalog states every artist's energy).</summary>
    public static MusicTruth FromCatalog(ICatalog catalog) => new(
        catalog.Artists.ToDictionary(a => a.Id, a => new TrueAttributes(a.GenreIds, a.Energy, a.EraId), StringComparer.Ordinal),
        catalog.Tracks.ToDictionary(t => t.Id, t => (t.ArtistId, new TrueAttributes(t.GenreIds, t.Energy, t.EraId)), StringComparer.Ordinal));

    public TrueAttributes? Artist(string? artistId) => artistId is not null && _artists.TryGetValue(artistId, out var a) ? a : null;

    public (string ArtistId, TrueAttributes Attributes)? Track(string? trackId) =>
        trackId is not null && _tracks.TryGetValue(trackId, out var t) ? t : null;
}
