namespace AlexaMusicSkill.Offline.Evaluation.Synthetic;

/// <summary>
/// A synthetic log: at least <see cref="Turns"/> decisions (whole conversations), the share of conversations that
/// explore, ε of their ε-greedy logging around production's rule, and the seed.
/// </summary>
public sealed record SyntheticLogSettings
{
    public SyntheticLogSettings(int turns = 50_000, double epsilon = 0.2, double explorationShare = 1.0, int seed = 1)
    {
        if (turns < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(turns), turns, "turns must be at least 1.");
        }

        if (!(epsilon is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be in (0, 1].");
        }

        if (!(explorationShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(explorationShare), explorationShare, "explorationShare must be in [0, 1].");
        }

        Turns = turns;
        Epsilon = epsilon;
        ExplorationShare = explorationShare;
        Seed = seed;
    }

    public int Turns { get; }

    public double Epsilon { get; }

    public double ExplorationShare { get; }

    public int Seed { get; }
}
