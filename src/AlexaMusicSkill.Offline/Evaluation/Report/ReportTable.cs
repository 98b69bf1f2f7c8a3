using System.Globalization;
using System.Text;

namespace AlexaMusicSkill.Offline.Evaluation.Report;

/// <summary>The evaluation report as a plain-text table for the console: estimators down, policies across.</summary>
public static class ReportTable
{
    private const int LabelWidth = 24;
    private const int ColumnWidth = 28;

    public static string Render(EvaluationReport report)
    {
        var text = new StringBuilder();
        var log = report.Log;
        Line(text, $"Log: {log.Turns:N0} turns ({log.ExploringTurns:N0} exploring) in {log.Conversations:N0} conversations ({log.ExploringConversations:N0} exploring), {log.OpenConversations:N0} still open; logged reward {log.MeanReward:0.####} per turn, success {log.SuccessRate:0.0%}");
        Line(text, $"Intervals: {report.Bootstrap.Confidence:0.#%} percentile bootstrap over listeners, {report.Bootstrap.Resamples:N0} resamples, seed {report.Bootstrap.Seed}");
        text.AppendLine();

        var policies = report.Policies;
        Header(text, "Per turn (usefulness)", policies);
        Rows(text, policies, p => p.Turn);
        text.AppendLine();
        Header(text, "Per conversation", policies);
        Rows(text, policies, p => p.Episode);
        text.AppendLine();
        Header(text, "Diagnostics", policies);
        Row(text, "turns / conversations", policies.Select(p => F($"{p.Diagnostics.Turns:N0} / {p.Diagnostics.Conversations:N0}")));
        Row(text, "ESS (turns)", policies.Select(p => F($"{p.Diagnostics.EffectiveSampleSize:N0}")));
        Row(text, "largest weight", policies.Select(p => F($"{p.Diagnostics.MaxWeight:0.##}")));
        Row(text, "ESS (conversations)", policies.Select(p => F($"{p.Diagnostics.EpisodeEffectiveSampleSize:N0} of {p.Diagnostics.CompleteConversations:N0}")));
        Row(text, "unsupported turns", policies.Select(p => p.Diagnostics.FullSupport ? "0" : F($"{p.Diagnostics.UnsupportedTurns:N0} ({string.Join(' ', p.Diagnostics.UnsupportedActions.Take(2))})")));

        if (report.Gate is { } gate)
        {
            text.AppendLine();
            Line(text, $"Gate: {gate.Candidate} against {gate.Production}: {(gate.Passed ? "PASSED" : "REFUSED")}");
            foreach (var check in gate.Checks)
            {
                Line(text, $"  {(check.Passed ? "pass" : "FAIL")}  {check.Name}: {check.Detail}");
            }
        }

        return text.ToString();
    }

    private static void Header(StringBuilder text, string title, IReadOnlyList<PolicyEvaluation> policies) =>
        Row(text, title, policies.Select(p => p.Policy));

    private static void Rows(StringBuilder text, IReadOnlyList<PolicyEvaluation> policies, Func<PolicyEvaluation, IReadOnlyList<OffPolicyEstimate>> estimates)
    {
        var names = policies.SelectMany(p => estimates(p).Select(e => e.Estimator)).Distinct().ToList();
        foreach (var name in names)
        {
            Row(text, "  " + name, policies.Select(p => estimates(p).FirstOrDefault(e => e.Estimator == name) is { } e
                ? e.Interval.Format("0.0000")
                : "-"));
        }
    }

    private static void Row(StringBuilder text, string label, IEnumerable<string> cells)
    {
        text.Append(Fit(label, LabelWidth));
        foreach (var cell in cells)
        {
            text.Append(' ').Append(Fit(cell, ColumnWidth));
        }

        text.Append('\n');
    }

    private static string Fit(string text, int width) => text.Length > width ? text[..(width - 1)] + "…" : text.PadRight(width);

    private static void Line(StringBuilder text, FormattableString line) => text.Append(F(line)).Append('\n');

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
