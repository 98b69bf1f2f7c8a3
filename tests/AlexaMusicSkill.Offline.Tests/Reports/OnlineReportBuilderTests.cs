using AlexaMusicSkill.Offline.Reports;
using AlexaMusicSkill.Offline.Reports.Promotion;
using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Tests.Reports;

public sealed class OnlineReportBuilderTests
{
    private const string Accepted = OutcomeRecord.Accepted;
    private const string Abandoned = OutcomeRecord.Abandoned;
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AsOf = T0.AddHours(5);

    /// <summary>
    /// Production (rules-v1): one conversation before the rollout (outside the window), then 6 completed: 3 accepted
    /// (4, 3, 3 turns; 180, 30, 0 s listened), 2 abandoned, 1 expired. Candidate (gbt-v2): 4 completed (3 accepted in
    /// 2, 3, 2 turns; 200, 60, 120 s), 1 abandoned, plus one still open.
    /// </summary>
    private static IReadOnlyList<LogRecord> Log()
    {
        var start = T0.AddHours(1);
        return new HandMadeLog()
            .Conversation("p0", "production", "rules-v1", T0, ["ask_open", "play_sample"], Accepted, 999)
            .Conversation("c1", "candidate", "gbt-v2", start, ["ask_mood", "play_sample"], Accepted, 200)
            .Conversation("p1", "production", "rules-v1", start.AddMinutes(1), ["ask_open", "ask_mood", "ask_genre", "play_sample"], Accepted, 100, 80)
            .Conversation("p2", "production", "rules-v1", start.AddMinutes(2), ["ask_open", "ask_mood", "play_sample"], Accepted, 30)
            .Conversation("p3", "production", "rules-v1", start.AddMinutes(3), ["ask_open", "ask_mood"], Abandoned)
            .Conversation("p4", "production", "rules-v1", start.AddMinutes(4), ["ask_open"], null)
            .Conversation("p5", "production", "rules-v1", start.AddMinutes(5), ["ask_open", "ask_mood", "ask_genre"], Accepted)
            .Conversation("p6", "production", "rules-v1", start.AddMinutes(6), ["ask_open"], Abandoned)
            .Conversation("c2", "candidate", "gbt-v2", start.AddMinutes(7), ["ask_mood", "ask_genre", "play_sample"], Accepted, 60)
            .Conversation("c3", "candidate", "gbt-v2", start.AddMinutes(8), ["ask_mood"], Abandoned)
            .Conversation("c4", "candidate", "gbt-v2", start.AddMinutes(9), ["ask_genre", "play_sample"], Accepted, 120)
            .Conversation("c5", "candidate", "gbt-v2", AsOf.AddMinutes(-10), ["ask_mood"], null)
            .Records;
    }

    private static OnlineReport Build(bool decide = false) =>
        OnlineReportBuilder.Build(Log(), new ReportOptions { AsOf = AsOf, Decide = decide, BootstrapResamples = 500 });

    [Fact]
    public void Build_Counts_ExpireAfterThirtyMinutes_LeaveOutOpenAndPreRolloutConversations()
    {
        var report = Build();

        Assert.Equal(T0.AddHours(1), report.WindowStart);
        Assert.Equal(["production", "candidate"], report.Arms.Select(a => a.Arm));
        var production = report.Production!;
        Assert.Equal((6, 3, 2, 1, 0), (production.Conversations, production.Accepted, production.Abandoned, production.Expired, production.Open));
        Assert.Equal(["rules-v1"], production.PolicyVersions);
        var candidate = report.Candidate!;
        Assert.Equal((4, 3, 1, 0, 1), (candidate.Conversations, candidate.Accepted, candidate.Abandoned, candidate.Expired, candidate.Open));
        Assert.Equal(4, candidate.Listeners);
    }

    [Fact]
    public void Build_Rates_AreWilsonIntervalsAndTheDifferenceIsNewcombes()
    {
        var report = Build();

        AssertEstimate((0.5, 0.187616306, 0.812383694), report.Production!.Success);
        AssertEstimate((0.75, 0.300641843, 0.954412739), report.Candidate!.Success);
        AssertEstimate((0.25, -0.297271711, 0.623320425), report.Comparison!.Success);
        AssertEstimate((1 / 3.0, 0.096771411, 0.700006685), report.Production.Abandon);
        AssertEstimate((-1 / 12.0, -0.503135566, 0.424489763), report.Comparison.Abandon);
    }

    [Fact]
    public void Build_Means_AreOverAcceptedConversationsWithBootstrapIntervals()
    {
        var report = Build();

        var turns = report.Production!.TurnsToSuccess;
        Assert.Equal(10 / 3.0, turns.Value, 9);
        Assert.InRange(turns.Lower, 3, turns.Value);
        Assert.InRange(turns.Upper, turns.Value, 4);
        Assert.Equal(7 / 3.0, report.Candidate!.TurnsToSuccess.Value, 9);
        Assert.Equal(70, report.Production.ListeningSeconds.Value, 9);
        Assert.Equal(380 / 3.0, report.Candidate.ListeningSeconds.Value, 9);
        Assert.Equal(-1, report.Comparison!.TurnsToSuccess.Value, 9);
        Assert.InRange(report.Comparison.TurnsToSuccess.Lower, -2, -1);
    }

    [Fact]
    public void Build_ActionMix_FirstDecisionAndOverall()
    {
        var report = Build();

        Assert.Equal(("ask_open", 6, 1.0), Top(report.Production!.FirstDecision));
        Assert.Equal(("ask_mood", 3, 0.75), Top(report.Candidate!.FirstDecision));
        Assert.Equal(14, report.Production.AllDecisions.Decisions);
        Assert.Equal(("ask_open", 6, 6 / 14.0), Top(report.Production.AllDecisions));
        Assert.Equal(2 / 14.0, report.Production.AllDecisions.ShareOf("play_sample"), 12);
        Assert.Equal(("ask_mood", 4, 1.0), Top(report.Production.ByPosition[1]));
        Assert.Equal(("play_sample", 2, 2 / 3.0), Top(report.Candidate.ByPosition[1]));
    }

    [Fact]
    public void Build_Decide_TooFewConversationsKeepsRunning()
    {
        var report = Build(decide: true);

        var decision = Assert.IsType<PromotionDecision>(report.Decision);
        Assert.Equal(PromotionVerdict.KeepRunning, decision.Verdict);
        Assert.Equal((3, 4), (decision.Candidate.Successes, decision.Candidate.Conversations));
        Assert.Equal((3, 6), (decision.Production.Successes, decision.Production.Conversations));
    }

    [Fact]
    public void Build_Since_OverridesTheWindow()
    {
        var report = OnlineReportBuilder.Build(Log(), new ReportOptions { AsOf = AsOf, Since = T0, BootstrapResamples = 200 });

        Assert.Equal(7, report.Production!.Conversations);
    }

    [Fact]
    public void Render_Markdown_HasTheTableTheMixAndTheDecision()
    {
        var markdown = MarkdownReport.Render(Build(decide: true), "report.png");

        Assert.Contains("| Success rate | 50.0% [18.8%, 81.2%] | 75.0% [30.1%, 95.4%] | +25.0 [-29.7, +62.3] points |", markdown);
        Assert.Contains("| first (most asked) | ask_open (100%) | ask_mood (75%) |", markdown);
        Assert.Contains("## Decision: keep running (exit 11)", markdown);
        Assert.Contains("1 still open are left out", markdown);
        Assert.Contains("![success rate", markdown);
    }

    private static (string, int, double) Top(ActionMix mix) => (mix.Top!.ActionType, mix.Top.Count, mix.Top.Share);

    private static void AssertEstimate((double Value, double Lower, double Upper) expected, Interval actual)
    {
        Assert.Equal(expected.Value, actual.Value, 7);
        Assert.Equal(expected.Lower, actual.Lower, 7);
        Assert.Equal(expected.Upper, actual.Upper, 7);
    }
}
