namespace AlexaMusicSkill.Music.Matching;

/// <summary>Which hard constraints were dropped because nothing matched them all.</summary>
[Flags]
public enum Relaxation
{
    None = 0,
    Era = 1,
    Mood = 2,
    Genre = 4,
}

/// <summary>
/// Scores catalog tracks against what the listener said. Hard constraints exclude (NaN): the named genre, the named
/// era, the opposite mood bucket; callers relax them in that order when nothing is left. Everything else adds to
/// the score: energy closeness to the mood or activity, seed similarity, activity genres, popularity.
/// </summary>
public static class TrackScorer
{
    public static double Score(CatalogIndex index, int i, TasteQuery query, Relaxation relaxed = Relaxation.None)
    {
        var genreMatch = query.GenreBit != 0 && (index.GenreMask[i] & query.GenreBit) != 0;
        if (query.GenreBit != 0 && !genreMatch && (relaxed & Relaxation.Genre) == 0)
        {
            return double.NaN;
        }

        var eraMatch = query.EraIndex >= 0 && index.Era[i] == query.EraIndex;
        if (query.EraIndex >= 0 && !eraMatch && (relaxed & Relaxation.Era) == 0)
        {
            return double.NaN;
        }

        if (query.Mood >= 0 && IsOppositeMood(query.Mood, index.Mood[i]) && (relaxed & Relaxation.Mood) == 0)
        {
            return double.NaN;
        }

        var score = 0.3 * index.Popularity[i];
        if (!double.IsNaN(query.TargetEnergy))
        {
            score += 1.0 - (2.0 * Math.Abs(index.Energy[i] - query.TargetEnergy));
        }

        if (genreMatch)
        {
            score += index.PrimaryGenre[i] >= 0 && (1u << index.PrimaryGenre[i]) == query.GenreBit ? 0.4 : 0.2;
        }

        if (eraMatch)
        {
            score += 0.4;
        }

        if (query.Artist >= 0 && index.Artist[i] == query.Artist)
        {
            score += 2.0;
        }

        if ((index.GenreMask[i] & query.ActivityGenres) != 0)
        {
            score += 0.4;
        }

        if (query.Seed >= 0)
        {
            score += 1.5 * TrackSimilarity.Between(index, i, query.Seed);
        }

        if (index.PrimaryGenre[i] >= 0 && (query.RejectedGenres & (1u << index.PrimaryGenre[i])) != 0)
        {
            score -= 0.8;
        }

        return score;
    }

    /// <summary>How well a track matches what is known, in [0, 1] (a feature, and the candidate-match signal).</summary>
    public static double MatchShare(CatalogIndex index, int i, TasteQuery query)
    {
        var known = 0;
        var matched = 0.0;
        if (query.GenreBit != 0)
        {
            known++;
            matched += (index.GenreMask[i] & query.GenreBit) != 0 ? 1 : 0;
        }

        if (query.EraIndex >= 0)
        {
            known++;
            matched += index.Era[i] == query.EraIndex ? 1 : 0;
        }

        if (query.Mood >= 0)
        {
            known++;
            matched += index.Mood[i] == query.Mood ? 1 : IsOppositeMood(query.Mood, index.Mood[i]) ? 0 : 0.5;
        }

        if (query.Taste.ArtistId is not null)
        {
            known++;
            matched += query.Artist >= 0 && index.Artist[i] == query.Artist ? 1 : 0;
        }

        if (query.Taste.Activity is not null && query.Mood < 0 && !double.IsNaN(query.TargetEnergy))
        {
            known++;
            matched += 1.0 - Math.Min(1.0, 2.0 * Math.Abs(index.Energy[i] - query.TargetEnergy));
        }

        return known == 0 ? 0.5 : matched / known;
    }

    /// <summary>Laid back against upbeat (mood positions of <see cref="CatalogIndex.Mood"/>); in between is opposite to neither.</summary>
    public static bool IsOppositeMood(int wanted, int actual) => (wanted == 0 && actual == 2) || (wanted == 2 && actual == 0);
}
