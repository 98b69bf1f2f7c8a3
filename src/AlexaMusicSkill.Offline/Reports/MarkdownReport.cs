using System.Globalization;
using System.Text;
using AlexaMusicSkill.Offline.Reports.Promotion;
using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>The report as Markdown: one table of measures per arm with the difference, the action mix, the decision.</summary>
public static class MarkdownReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(OnlineReport report, string? chartFileName = null)
    {
        var md = new StringBuilder();
        var confidence = Pct(report.Options.Confidence, 0);
        md.AppendLine(Invariant, $"# Online report, as of {Time(report.AsOf)}");
        md.AppendLine();
        md.AppendLine(report.WindowStart is { } start
            ? $"Conversations started from {Time(start)} ({report.WindowReason})."
            : $"All conversations in the logs ({report.WindowReason}).");
        md.AppendLine(Invariant, $"A conversation with no outcome {ConversationTable.ExpiresAfter.TotalMinutes:0} minutes after its last turn counts as expired (not a success); " +
            $"{report.Arms.Sum(a => a.Open)} still open are left out.");
        md.AppendLine();
        if (report.Arms.Count == 0)
        {
            md.AppendLine("No conversations in the window.");
            return md.ToString();
        }

        var compare = report.Comparison is not null;
        md.Append("| | ").AppendJoin(" | ", report.Arms.Select(a => $"{a.Arm} ({string.Join(", ", a.PolicyVersions)})"));
        md.AppendLine(compare ? " | candidate − production |" : " |");
        md.Append("|---|").Append(string.Concat(Enumerable.Repeat("---|", report.Arms.Count + (compare ? 1 : 0)))).AppendLine();
        Row("Conversations (completed)", a => a.Conversations.ToString("N0", Invariant), null);
        Row("Listeners", a => a.Listeners.ToString("N0", Invariant), null);
        Row("Accepted / abandoned / expired", a => $"{a.Accepted:N0} / {a.Abandoned:N0} / {a.Expired:N0}", null);
        Row("Success rate", a => Rate(a.Success), report.Comparison?.Success is { } s ? Points(s) : null);
        Row("Abandon rate", a => Rate(a.Abandon), report.Comparison?.Abandon is { } b ? Points(b) : null);
        Row("Turns to success (mean)", a => Mean(a.TurnsToSuccess, "0.00"), report.Comparison?.TurnsToSuccess is { } t ? Mean(t, "+0.00;-0.00;0.00") : null);
        Row("Listening seconds per accepted conversation", a => Mean(a.ListeningSeconds, "0"), report.Comparison?.ListeningSeconds is { } l ? Mean(l, "+0;-0;0") : null);
        md.AppendLine();
        md.AppendLine(Invariant, $"{confidence} intervals: Wilson for rates, Newcombe's hybrid score interval for their difference, percentile bootstrap " +
            $"over listeners ({report.Options.BootstrapResamples:N0} resamples) for means. They describe this one look; to act on a rollout use the decision (`--decide`), which stays valid when you look again and again.");
        md.AppendLine();

        md.AppendLine("## What each policy chose");
        md.AppendLine();
        md.Append("| decision | ").AppendJoin(" | ", report.Arms.Select(a => a.Arm)).AppendLine(" |");
        md.Append("|---|").Append(string.Concat(Enumerable.Repeat("---|", report.Arms.Count))).AppendLine();
        md.Append("| first (most asked) | ").AppendJoin(" | ", report.Arms.Select(a => TopOf(a.FirstDecision))).AppendLine(" |");
        md.Append("| all (most chosen) | ").AppendJoin(" | ", report.Arms.Select(a => TopOf(a.AllDecisions))).AppendLine(" |");
        for (var p = 1; p < ArmReport.Positions.Length; p++)
        {
            md.Append(Invariant, $"| {ArmReport.Positions[p]} | ").AppendJoin(" | ", report.Arms.Select(a => TopOf(a.ByPosition[p]))).AppendLine(" |");
        }

        md.AppendLine();
        var types = report.Arms.SelectMany(a => a.AllDecisions.Shares.Select(s => s.ActionType)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        md.Append("| action: share of first / of all decisions | ").AppendJoin(" | ", report.Arms.Select(a => a.Arm)).AppendLine(" |");
        md.Append("|---|").Append(string.Concat(Enumerable.Repeat("---|", report.Arms.Count))).AppendLine();
        foreach (var type in types)
        {
            md.Append(Invariant, $"| {type} | ").AppendJoin(" | ", report.Arms.Select(a => $"{Pct(a.FirstDecision.ShareOf(type), 0)} / {Pct(a.AllDecisions.ShareOf(type), 0)}")).AppendLine(" |");
        }

        md.AppendLine();
        if (report.Decision is { } decision)
        {
            var o = decision.Options;
            md.AppendLine(Invariant, $"## Decision: {decision.Verdict.ToText()} (exit {decision.Verdict.ExitCode()})");
            md.AppendLine();
            md.AppendLine(decision.Reason);
            md.AppendLine();
            md.AppendLine(Invariant, $"Rule: two-sided normal-mixture confidence sequence for candidate − production success (α = {o.Alpha}, τ = {o.Tau}), " +
                $"promote when its lower bound is above {PromotionRule.Points(-o.Margin)} points (the margin), roll back when its upper bound is below it or after {o.MaxConversations:N0} conversations undecided; " +
                $"no call before {o.MinConversationsPerArm} completed conversations per arm. See docs/production-loop.md.");
            md.AppendLine();
        }

        foreach (var note in report.Notes)
        {
            md.AppendLine(Invariant, $"> {note}");
        }

        if (chartFileName is not null)
        {
            md.AppendLine();
            md.AppendLine(Invariant, $"![success rate and first decisions per arm]({chartFileName})");
        }

        return md.ToString();

        void Row(string label, Func<ArmReport, string> cell, string? difference)
        {
            md.Append(Invariant, $"| {label} | ").AppendJoin(" | ", report.Arms.Select(cell));
            md.AppendLine(compare ? $" | {difference ?? string.Empty} |" : " |");
        }
    }

    private static string TopOf(ActionMix mix) => mix.Top is { } top ? $"{top.ActionType} ({Pct(top.Share, 0)})" : "–";

    private static string Rate(Interval e) => e.HasValue ? e.Format(x => Pct(x, 1)) : "–";

    private static string Points(Interval e) => e.HasValue ? e.Format(PromotionRule.Points) + " points" : "–";

    private static string Mean(Interval e, string format) => e.HasValue ? e.Format(format) : "–";

    private static string Pct(double share, int decimals) => (share * 100).ToString("F" + decimals, Invariant) + "%";

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);
}
