namespace AlexaMusicSkill.Policy;

/// <summary>
/// How many candidates a decision considers, and how much the listener's affinity weighs in ranking them.
/// <see cref="Default"/> is production (at most 30 actions, contracts.md); <see cref="Large"/> is the research
/// arm of the anchor's second A/B (a larger candidate item set), which a production rollout would first have to
/// agree in the contracts.
/// </summary>
public sealed record CandidateSettings
{
    /// <summary>Above this, a decision record and the policy's scratch space stop being small.</summary>
    public const int MaxSupportedCandidates = 64;

    public int MaxCandidates { get; init; } = 30;

    public int MaxSamples { get; init; } = 18;

    public int MaxArtists { get; init; } = 4;

    public int MaxGenrePairs { get; init; } = 3;

    /// <summary>Best-scoring tracks kept from the pool to draw samples and artists from.</summary>
    public int PoolDepth { get; init; } = 64;

    /// <summary>Added to a track's match score per unit of affinity (in [-1, 1]) when the listener's affinity is known.</summary>
    public double AffinityWeight { get; init; } = 1.0;

    public static CandidateSettings Default { get; } = new();

    public static CandidateSettings Large { get; } = new()
    {
        MaxCandidates = 48,
        MaxSamples = 32,
        MaxArtists = 8,
        MaxGenrePairs = 4,
        PoolDepth = 256,
    };

    public CandidateSettings Validated()
    {
        if (MaxCandidates is < 1 or > MaxSupportedCandidates || MaxSamples < 0 || MaxArtists < 0 || MaxGenrePairs < 0
            || PoolDepth < Math.Max(1, MaxSamples) || !double.IsFinite(AffinityWeight) || AffinityWeight < 0)
        {
            throw new ArgumentException(
                $"Invalid candidate settings: max candidates {MaxCandidates} (1..{MaxSupportedCandidates}), samples {MaxSamples} (≥0), artists {MaxArtists} (≥0), genre pairs {MaxGenrePairs} (≥0), pool depth {PoolDepth} (≥ samples), affinity weight {AffinityWeight} (≥0).");
        }

        return this;
    }
}
