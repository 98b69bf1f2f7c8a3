using System.Numerics;

namespace AlexaMusicSkill.Music.Matching;

/// <summary>How close two tracks are in genre, energy and era, in [0, 1]: what "more like this" means.</summary>
public static class TrackSimilarity
{
    public static double Between(CatalogIndex index, int a, int b)
    {
        var genre = GenreCloseness(index, a, b);
        var energy = 1.0 - Math.Abs(index.Energy[a] - index.Energy[b]);
        var era = EraCloseness(index.Era[a], index.Era[b]);
        var sameArtist = index.Artist[a] == index.Artist[b] ? 0.1 : 0.0;
        return Math.Min(1.0, (0.5 * genre) + (0.3 * energy) + (0.2 * era) + sameArtist);
    }

    private static double GenreCloseness(CatalogIndex index, int a, int b)
    {
        var pa = index.PrimaryGenre[a];
        var pb = index.PrimaryGenre[b];
        if (pa < 0 || pb < 0)
        {
            return 0;
        }

        if (pa == pb)
        {
            return 1.0;
        }

        if ((index.OwnGenreMask[a] & index.OwnGenreMask[b]) != 0)
        {
            return 0.7;
        }

        // Related through the hierarchy: one's primary genre is an ancestor of the other's.
        var related = (index.GenreMask[a] & (1u << pb)) != 0 || (index.GenreMask[b] & (1u << pa)) != 0;
        return related ? 0.5 : BitOperations.PopCount(index.GenreMask[a] & index.GenreMask[b]) > 0 ? 0.25 : 0.0;
    }

    private static double EraCloseness(int a, int b) => a < 0 || b < 0 ? 0.3 : a == b ? 1.0 : Math.Abs(a - b) == 1 ? 0.5 : 0.0;
}
