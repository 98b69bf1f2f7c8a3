using AlexaMusicSkill.Offline.Reports.Promotion;
using AlexaMusicSkill.Policy.Rollout;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>What the online report covers and how it computes its intervals.</summary>
public sealed record ReportOptions
{
    /// <summary>The report's "now", which decides expiry; default the newest record.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>Only conversations started at or after this; default the first conversation of the candidate arm (so both arms cover the same period), or everything.</summary>
    public DateTimeOffset? Since { get; init; }

    public int BootstrapResamples { get; init; } = 2_000;

    public int Seed { get; init; } = 20_261_125;

    public double Confidence { get; init; } = 0.95;

    public string ProductionArm { get; init; } = SplitPolicyAssignment.ProductionArm;

    public string CandidateArm { get; init; } = SplitPolicyAssignment.CandidateArm;

    /// <summary>The promotion rule; the decision is made only when asked (<c>--decide</c>).</summary>
    public PromotionOptions Promotion { get; init; } = new();

    public bool Decide { get; init; }
}
