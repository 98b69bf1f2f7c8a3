using AlexaMusicSkill.Music.Matching;

namespace AlexaMusicSkill.Music.Affinity;

/// <summary>
/// The personalization port: how much a listener is likely to enjoy each artist, from what their profile says they
/// liked and played (it grows across conversations). Values are in [-1, 1], NaN where the model knows nothing.
/// </summary>
public interface IAffinityModel
{
    /// <summary>Names the model in reports, e.g. "none" or "als-20261125-ab12cd34".</summary>
    string Version { get; }

    /// <summary>
    /// One affinity per artist of <paramref name="index"/> (by <see cref="CatalogIndex.ArtistOrdinal"/>), or null
    /// when nothing is known about this listener. Callers must not modify the array (it may be cached).
    /// </summary>
    double[]? ArtistAffinities(CatalogIndex index, IReadOnlyList<string> likedTrackIds, IReadOnlyList<string> playedTrackIds);
}

/// <summary>No personalization: every affinity is unknown (the default until a model is trained and shipped).</summary>
public sealed class NoAffinity : IAffinityModel
{
    public static NoAffinity Instance { get; } = new();

    public string Version => "none";

    public double[]? ArtistAffinities(CatalogIndex index, IReadOnlyList<string> likedTrackIds, IReadOnlyList<string> playedTrackIds) => null;
}
