using ScottPlot;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>
/// The report's picture (ScottPlot): left, each arm's success rate with its interval; right, the share of each
/// action type at the first decision per arm (which prompt each policy opens with).
/// </summary>
public static class ReportChart
{
    public static void SavePng(OnlineReport report, string path, int width = 1200, int height = 500)
    {
        var multiplot = new Multiplot(SuccessPlot(report));
        multiplot.AddPlot(FirstDecisionPlot(report));
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        multiplot.SavePng(path, width, height);
    }

    private static Plot SuccessPlot(OnlineReport report)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var ticks = new List<Tick>();
        for (var i = 0; i < report.Arms.Count; i++)
        {
            var arm = report.Arms[i];
            if (!arm.Success.HasValue)
            {
                continue;
            }

            plot.Add.Bar(new Bar { Position = i, Value = arm.Success.Value * 100, FillColor = palette.GetColor(i), Size = 0.6 });
            var whisker = plot.Add.Line(i, arm.Success.Lower * 100, i, arm.Success.Upper * 100);
            whisker.LineWidth = 2;
            whisker.Color = Colors.Black;
            foreach (var y in new[] { arm.Success.Lower, arm.Success.Upper })
            {
                var cap = plot.Add.Line(i - 0.1, y * 100, i + 0.1, y * 100);
                cap.LineWidth = 2;
                cap.Color = Colors.Black;
            }

            ticks.Add(new Tick(i, $"{arm.Arm}\n{arm.Conversations:N0} conversations"));
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.SetLimitsY(0, Math.Min(100, report.Arms.Where(a => a.Success.HasValue).Select(a => a.Success.Upper * 100).DefaultIfEmpty(100).Max() * 1.15));
        plot.Axes.SetLimitsX(-0.7, Math.Max(report.Arms.Count, 1) - 0.3);
        plot.Title($"Success rate with {report.Options.Confidence:P0} interval");
        plot.YLabel("accepted / completed conversations (%)");
        return plot;
    }

    private static Plot FirstDecisionPlot(OnlineReport report)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var types = report.Arms.SelectMany(a => a.FirstDecision.Shares.Select(s => s.ActionType)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var groupWidth = 0.8;
        var barWidth = groupWidth / Math.Max(1, report.Arms.Count);
        for (var a = 0; a < report.Arms.Count; a++)
        {
            var bars = types.Select((type, t) => new Bar
            {
                Position = t - (groupWidth / 2) + (barWidth * (a + 0.5)),
                Value = report.Arms[a].FirstDecision.ShareOf(type) * 100,
                Size = barWidth * 0.95,
                FillColor = palette.GetColor(a),
            }).ToArray();
            var series = plot.Add.Bars(bars);
            series.LegendText = report.Arms[a].Arm;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. types.Select((type, t) => new Tick(t, type.Replace('_', '\n')))]);
        plot.Axes.SetLimitsY(0, 105);
        plot.Title("First decision: share of each action");
        plot.YLabel("share of first decisions (%)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
