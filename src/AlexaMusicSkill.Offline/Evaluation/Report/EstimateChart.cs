using ScottPlot;

namespace AlexaMusicSkill.Offline.Evaluation.Report;

/// <summary>A PNG of the estimates with their intervals: one marker and error bar per policy at each estimator.</summary>
public static class EstimateChart
{
    /// <param name="perConversation">Chart the success-rate estimates instead of the per-turn ones.</param>
    public static void SavePng(EvaluationReport report, string path, bool perConversation = false, int width = 1100, int height = 600)
    {
        var plot = new Plot();
        var names = report.Policies.SelectMany(p => Estimates(p, perConversation).Select(e => e.Estimator)).Distinct().ToList();
        var policies = report.Policies.Count;
        for (var k = 0; k < policies; k++)
        {
            var policy = report.Policies[k];
            var offset = (k - ((policies - 1) / 2.0)) * 0.7 / Math.Max(1, policies);
            var shown = Estimates(policy, perConversation).Where(e => double.IsFinite(e.Value)).ToList();
            var xs = shown.Select(e => names.IndexOf(e.Estimator) + offset).ToArray();
            var ys = shown.Select(e => e.Value).ToArray();
            var color = Colors.Category10[k % Colors.Category10.Length];
            var bars = new ScottPlot.Plottables.ErrorBar(
                xs,
                ys,
                new double[xs.Length],
                new double[xs.Length],
                shown.Select(e => double.IsFinite(e.Upper) ? e.Upper - e.Value : 0).ToArray(),
                shown.Select(e => double.IsFinite(e.Lower) ? e.Value - e.Lower : 0).ToArray());
            bars.Color = color;
            plot.Add.Plottable(bars);
            var markers = plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 8, color);
            markers.LegendText = policy.Policy;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, names.Count).Select(i => (double)i)], [.. names]);
        plot.Axes.SetLimitsX(-0.6, names.Count - 0.4);
        var level = perConversation ? "per conversation" : "per turn (prompt usefulness)";
        plot.Title($"Off-policy estimates {level}, {report.Bootstrap.Confidence:0%} bootstrap intervals over listeners");
        plot.YLabel(perConversation ? "estimate" : "value per turn");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, width, height);
    }

    private static IEnumerable<OffPolicyEstimate> Estimates(PolicyEvaluation policy, bool perConversation) =>
        perConversation ? policy.Episode.Where(e => e.Estimator.StartsWith("success", StringComparison.Ordinal)) : policy.Turn;
}
