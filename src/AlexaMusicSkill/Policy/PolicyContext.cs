namespace AlexaMusicSkill.Policy;

/// <summary>
/// Everything a policy sees about the conversation at a decision, logged verbatim in the decision record so the
/// features can be rebuilt offline (the feature extractor reads only this, the candidate and the catalog).
/// </summary>
public sealed record PolicyContext
{
    public int Turn { get; init; }

    public string? Mood { get; init; }

    public string? Genre { get; init; }

    public string? Era { get; init; }

    public string? Artist { get; init; }

    public string? Activity { get; init; }

    public string? SeedTrack { get; init; }

    public int AskedOpen { get; init; }

    public int AskedMood { get; init; }

    public int AskedGenre { get; init; }

    public int AskedEra { get; init; }

    public int SamplesOffered { get; init; }

    public int ArtistsOffered { get; init; }

    public int StationsOffered { get; init; }

    public int Rejections { get; init; }

    /// <summary>The act of the input that triggered this decision (UserAct name).</summary>
    public string LastAct { get; init; } = "Launch";

    public double Understanding { get; init; } = 1.0;

    public int FallbackStreak { get; init; }

    /// <summary>Tracks still matching what is known (after relaxation), not yet offered or rejected.</summary>
    public int PoolSize { get; init; }

    /// <summary>Shannon entropy (bits) of the primary genres in the pool: how open the search still is.</summary>
    public double PoolGenreEntropy { get; init; }

    public double PoolLaidBackShare { get; init; }

    public double PoolUpbeatShare { get; init; }

    /// <summary>Which hard constraints had to be relaxed (flags: 1 era, 2 mood, 4 genre).</summary>
    public int Relaxed { get; init; }

    /// <summary>Sentiment of the last reaction in [-1, 1] (feedback words, or a mild yes / no to an offer); null before any.</summary>
    public double? Sentiment { get; init; }

    /// <summary>Goal closeness in [0, 1] at this decision (sentiment, understanding, candidate match); null in records written before it existed.</summary>
    public double? Closeness { get; init; }

    public int KnownCount =>
        (Mood is null ? 0 : 1) + (Genre is null ? 0 : 1) + (Era is null ? 0 : 1) + (Artist is null ? 0 : 1) + (Activity is null ? 0 : 1);
}
