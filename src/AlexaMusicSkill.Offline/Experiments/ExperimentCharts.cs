using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Policy;
using ScottPlot;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>PNG charts of an experiment (ScottPlot): success and turns per arm with 95% intervals, the action mix,
/// and off-policy estimates against the simulated truth.</summary>
public static class ExperimentCharts
{
    public const string Success = "success.png";
    public const string Turns = "turns-to-success.png";
    public const string Mix = "action-mix.png";
    public const string OffPolicy = "off-policy.png";

    public static IReadOnlyList<string> Write(ExperimentResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        var arms = result.Arms;
        var names = arms.Select(a => a.Arm.Name).ToArray();
        IntervalBars(Path.Combine(directory, Success), "Task success (accepted) per arm, 95% interval", "success rate", names, arms.Select(a => a.Success).ToArray());
        IntervalBars(Path.Combine(directory, Turns), "Decisions to success per arm, 95% interval", "mean turns to success", names, arms.Select(a => a.TurnsToSuccess).ToArray());
        ActionMixChart(Path.Combine(directory, Mix), arms);
        OffPolicyChart(Path.Combine(directory, OffPolicy), result);
        return [Success, Turns, Mix, OffPolicy];
    }

    private static void IntervalBars(string path, string title, string axis, string[] names, Interval[] values)
    {
        var plot = new Plot();
        var bars = plot.Add.Bars(values.Select(v => v.Value).ToArray());
        for (var i = 0; i < values.Length; i++)
        {
            bars.Bars[i].Error = (values[i].Upper - values[i].Lower) / 2;
            bars.Bars[i].ValueBase = 0;
            bars.Bars[i].FillColor = Colors.Category10[i % 10];
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, names.Length).Select(i => (double)i)], names);
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.YLabel(axis);
        plot.SavePng(path, 900, 500);
    }

    private static void ActionMixChart(string path, IReadOnlyList<ArmResult> arms)
    {
        var plot = new Plot();
        var types = ActionTypes.All;
        var rows = new List<(string Label, IReadOnlyList<double> Shares)>();
        foreach (var arm in arms)
        {
            rows.Add((arm.Arm.Name + " (first)", arm.Mix.First));
            rows.Add((arm.Arm.Name + " (all)", arm.Mix.Overall));
        }

        for (var t = 0; t < types.Count; t++)
        {
            var bars = new List<Bar>();
            for (var r = 0; r < rows.Count; r++)
            {
                var below = rows[r].Shares.Take(t).Sum();
                bars.Add(new Bar { Position = r, ValueBase = below, Value = below + rows[r].Shares[t], FillColor = Colors.Category10[t % 10] });
            }

            var series = plot.Add.Bars(bars);
            series.LegendText = ActionTypeShares.Label(types[t]);
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, rows.Count).Select(i => (double)i)], [.. rows.Select(r => r.Label)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 170;
        plot.Axes.Margins(bottom: 0, top: 0.02);
        plot.ShowLegend(Edge.Right);
        plot.Title("Actions chosen: at the first decision and over all decisions");
        plot.YLabel("share of decisions");
        plot.SavePng(path, 1200, 700);
    }

    private static void OffPolicyChart(string path, ExperimentResult result)
    {
        // Per-turn value by the main estimators next to the simulated truth, for both learned policies.
        var plot = new Plot();
        var labels = new List<string>();
        var ticks = new List<double>();
        var position = 0.0;
        string[] shown = ["IPS", "SNIPS", "DM", "DR"];
        foreach (var (stage, truth, name) in new[] { (result.First, result.Learned, "learned"), (result.Second, result.LearnedWithAffinity, "+affinity") })
        {
            foreach (var estimate in stage.LearnedEstimates.Where(e => shown.Contains(e.Estimator)))
            {
                var bar = plot.Add.Bar(position, estimate.Value);
                bar.Bars[0].Error = (estimate.Upper - estimate.Lower) / 2;
                labels.Add($"{name}: {estimate.Estimator}");
                ticks.Add(position++);
            }

            var actual = plot.Add.Bar(position, truth.PerTurnValue.Value);
            actual.Bars[0].Error = (truth.PerTurnValue.Upper - truth.PerTurnValue.Lower) / 2;
            actual.Bars[0].FillColor = Colors.Black.WithAlpha(0.6);
            labels.Add($"{name}: truth");
            ticks.Add(position);
            position += 2;
        }

        plot.Axes.Bottom.SetTicks([.. ticks], [.. labels]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 200;
        plot.Axes.Margins(bottom: 0);
        plot.Title("Per-turn prompt usefulness: off-policy estimates vs simulated truth");
        plot.YLabel("mean reward per decision");
        plot.SavePng(path, 1100, 700);
    }
}
