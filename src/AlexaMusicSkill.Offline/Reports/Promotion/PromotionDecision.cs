namespace AlexaMusicSkill.Offline.Reports.Promotion;

/// <summary>The decision at one look, with everything needed to explain it.</summary>
public sealed record PromotionDecision
{
    public required PromotionVerdict Verdict { get; init; }

    /// <summary>One sentence saying why.</summary>
    public required string Reason { get; init; }

    public required ArmCounts Candidate { get; init; }

    public required ArmCounts Production { get; init; }

    /// <summary>Candidate − production success rate.</summary>
    public double Difference => Candidate.Rate - Production.Rate;

    /// <summary>The confidence sequence's bounds on the difference at this look (infinite before both arms have data).</summary>
    public required double Lower { get; init; }

    public required double Upper { get; init; }

    /// <summary>Completed conversations still needed (total, both arms at the current split) for the set power at the current effect; null when not estimable.</summary>
    public long? MoreConversationsNeeded { get; init; }

    /// <summary>False when that estimate lies beyond the horizon (the horizon will end the rollout with a roll back).</summary>
    public bool ReachableWithinHorizon { get; init; } = true;

    public required PromotionOptions Options { get; init; }
}
