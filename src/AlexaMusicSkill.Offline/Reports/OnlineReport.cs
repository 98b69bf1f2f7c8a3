using AlexaMusicSkill.Offline.Reports.Promotion;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>The online report: each arm's results over a window, their differences, and (when asked) the promotion decision.</summary>
public sealed record OnlineReport
{
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The first moment conversations count from (null: all of them).</summary>
    public DateTimeOffset? WindowStart { get; init; }

    public required string WindowReason { get; init; }

    public required IReadOnlyList<ArmReport> Arms { get; init; }

    public ArmReport? Production { get; init; }

    public ArmReport? Candidate { get; init; }

    /// <summary>Candidate − production, when both arms have completed conversations.</summary>
    public ArmComparison? Comparison { get; init; }

    public PromotionDecision? Decision { get; init; }

    public required ReportOptions Options { get; init; }

    /// <summary>Things a reader should know (an arm that changed policy mid-window, unknown arms).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
