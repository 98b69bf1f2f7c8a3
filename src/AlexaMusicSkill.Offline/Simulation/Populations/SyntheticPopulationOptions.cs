namespace AlexaMusicSkill.Offline.Simulation.Populations;

/// <summary>
/// How the built-in population's listeners are drawn (frozen with <see cref="SimulatorOptions"/>; reports print it).
/// A listener's taste is anchored on a random artist of one of their favourite genres: artists are drawn for their
/// history with weight exp(Σ β × closeness) to that taste, and a few are held out as the targets they look for.
/// </summary>
public sealed record SyntheticPopulationOptions
{
    public const string Version = "synthetic-v1";

    /// <summary>Share of listeners with two favourite primary genres rather than one.</summary>
    public double TwoGenresShare { get; init; } = 0.4;

    public int MinHistory { get; init; } = 20;

    public int MaxHistory { get; init; } = 40;

    /// <summary>Artists held out of the history as targets.</summary>
    public int Targets { get; init; } = 5;

    /// <summary>Weight of genre fit (1 for a favourite primary genre, 0.5 for one related to it).</summary>
    public double GenreBeta { get; init; } = 3.0;

    /// <summary>Weight of energy closeness (1 − 2 |Δ energy|) to the anchor's.</summary>
    public double EnergyBeta { get; init; } = 1.5;

    /// <summary>Weight of era closeness (1 same decade, 0.5 next to it) to the anchor's.</summary>
    public double EraBeta { get; init; } = 1.0;

    /// <summary>Weight of popularity (0–1): well-known artists are in more histories.</summary>
    public double PopularityBeta { get; init; } = 0.5;

    public static SyntheticPopulationOptions Default { get; } = new();
}
