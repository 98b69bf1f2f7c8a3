namespace AlexaMusicSkill.Offline.Reports.Promotion;

/// <summary>
/// The promotion rule's settings, fixed before the rollout starts (changing them mid-way voids the guarantee).
/// Defaults: α 0.05, margin 0 (promote only a candidate shown better), τ 0.05, at most 50,000 conversations,
/// at least 100 per arm before any call, 80% power for the "how many more" estimate.
/// </summary>
public sealed record PromotionOptions
{
    /// <summary>Error probability of the two-sided confidence sequence over every look: a call the truth contradicts happens with probability ≤ α.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Non-inferiority margin m (success-rate points): promote when the lower bound of candidate − production is above −m, roll back when the upper bound is below −m.</summary>
    public double Margin { get; init; }

    /// <summary>Mixing scale τ of the normal mixture: the sequence is tightest for differences around ±τ (the anchor's A/B lifts were 3–5 points).</summary>
    public double Tau { get; init; } = 0.05;

    /// <summary>The horizon: completed conversations (both arms) after which an undecided rollout is rolled back.</summary>
    public int MaxConversations { get; init; } = 50_000;

    /// <summary>No call before each arm has this many completed conversations (the normal approximation needs them).</summary>
    public int MinConversationsPerArm { get; init; } = 100;

    /// <summary>Power used to estimate how many more conversations the current effect needs.</summary>
    public double Power { get; init; } = 0.8;

    public PromotionOptions Validated()
    {
        Check(Alpha is > 0 and < 0.5, nameof(Alpha), Alpha, "between 0 and 0.5");
        Check(Margin is >= 0 and < 1, nameof(Margin), Margin, "at least 0 and below 1");
        Check(Tau is > 0 and <= 1, nameof(Tau), Tau, "above 0 and at most 1");
        Check(MaxConversations > 0, nameof(MaxConversations), MaxConversations, "positive");
        Check(MinConversationsPerArm > 0, nameof(MinConversationsPerArm), MinConversationsPerArm, "positive");
        Check(Power is > 0.5 and < 1, nameof(Power), Power, "between 0.5 and 1");
        return this;
    }

    private static void Check(bool ok, string name, double value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {expected}; it is {value}.");
        }
    }
}
