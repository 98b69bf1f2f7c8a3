namespace AlexaMusicSkill.Offline.Reports.Promotion;

/// <summary>What <c>musicskill report --decide</c> says; each has its own exit code.</summary>
public enum PromotionVerdict
{
    /// <summary>The candidate's success rate is above production's minus the margin, with confidence 1 − α over every look.</summary>
    Promote,

    /// <summary>Not yet decided: run on (the decision says how many more conversations the current effect needs).</summary>
    KeepRunning,

    /// <summary>The candidate is worse than production by more than the margin, or the horizon passed without a promotion.</summary>
    RollBack,
}

public static class PromotionVerdicts
{
    /// <summary>Exit codes, apart from 0 (success), 1 (user error) and 2 (usage) so scripts can branch on them.</summary>
    public static int ExitCode(this PromotionVerdict verdict) => verdict switch
    {
        PromotionVerdict.Promote => 10,
        PromotionVerdict.KeepRunning => 11,
        _ => 12,
    };

    public static string ToText(this PromotionVerdict verdict) => verdict switch
    {
        PromotionVerdict.Promote => "promote",
        PromotionVerdict.KeepRunning => "keep running",
        _ => "roll back",
    };
}
