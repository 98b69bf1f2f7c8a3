using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Experiments.Interim;

/// <summary>
/// SNIPS and DR for a greedy target over exploring turns, with a percentile bootstrap that resamples whole
/// conversations. Kept only until the <c>ope</c> branch's estimators land in main; then the experiment uses those.
/// </summary>
public sealed class InterimEstimators(int resamples = 400, int seed = 20211) : IOffPolicyEvaluator
{
    public IReadOnlyList<OffPolicyEstimate> Estimate(IReadOnlyList<EvaluationTurn> turns, IDialoguePolicy target, IRewardModel rewardModel)
    {
        var data = Contributions.Of(turns.Where(t => t.Exploring).ToList(), target, rewardModel);
        return
        [
            data.Summarize("SNIPS", data.Weighted, data.Weights, resamples, seed),
            data.Summarize("DR", data.DoublyRobust, null, resamples, seed),
        ];
    }
}

/// <summary>Per-turn pieces of the estimators, grouped by conversation for the bootstrap.</summary>
internal sealed class Contributions
{
    public required int[] Group { get; init; }

    public required double[] Weights { get; init; }

    public required double[] Weighted { get; init; }

    public required double[] DoublyRobust { get; init; }

    public int Groups { get; init; }

    public static Contributions Of(IReadOnlyList<EvaluationTurn> turns, IDialoguePolicy target, IRewardModel model)
    {
        var n = turns.Count;
        var group = new int[n];
        var weights = new double[n];
        var weighted = new double[n];
        var dr = new double[n];
        var groups = 0;
        var width = FeatureSchema.Count;
        for (var i = 0; i < n; i++)
        {
            var turn = turns[i];
            if (i == 0 || turn.ConversationId != turns[i - 1].ConversationId)
            {
                groups++;
            }

            group[i] = groups - 1;
            var pick = turn.GreedyChoice(target);
            var w = pick == turn.ChosenIndex ? 1.0 / turn.Propensity : 0.0;
            var qPick = model.Predict(turn.Candidates[pick].Features.AsSpan(0, width));
            var qChosen = model.Predict(turn.Candidates[turn.ChosenIndex].Features.AsSpan(0, width));
            weights[i] = w;
            weighted[i] = w * turn.Reward;
            dr[i] = qPick + (w * (turn.Reward - qChosen));
        }

        return new Contributions { Group = group, Weights = weights, Weighted = weighted, DoublyRobust = dr, Groups = groups };
    }

    /// <summary>Σ numerator / Σ denominator (turn count when none), with a conversation bootstrap interval.</summary>
    public OffPolicyEstimate Summarize(string name, double[] numerator, double[]? denominator, int resamples, int seed)
    {
        var (sumN, sumD) = GroupSums(numerator, denominator);
        var value = Ratio(sumN, sumD, Enumerable.Range(0, Groups).Select(_ => 1).ToArray());
        var random = new SimRandom((ulong)seed);
        var estimates = new double[resamples];
        var counts = new int[Groups];
        for (var r = 0; r < resamples; r++)
        {
            Array.Clear(counts);
            for (var g = 0; g < Groups; g++)
            {
                counts[random.Next(Groups)]++;
            }

            estimates[r] = Ratio(sumN, sumD, counts);
        }

        Array.Sort(estimates);
        var w = denominator ?? Weights;
        var ess = Math.Pow(w.Sum(), 2) / Math.Max(w.Sum(x => x * x), 1e-12);
        return new OffPolicyEstimate(name, value, Percentile(estimates, 0.025), Percentile(estimates, 0.975), ess);
    }

    private (double[] N, double[] D) GroupSums(double[] numerator, double[]? denominator)
    {
        var n = new double[Groups];
        var d = new double[Groups];
        for (var i = 0; i < numerator.Length; i++)
        {
            n[Group[i]] += numerator[i];
            d[Group[i]] += denominator?[i] ?? 1.0;
        }

        return (n, d);
    }

    private static double Ratio(double[] n, double[] d, int[] counts)
    {
        double sn = 0, sd = 0;
        for (var g = 0; g < counts.Length; g++)
        {
            sn += counts[g] * n[g];
            sd += counts[g] * d[g];
        }

        return sd <= 0 ? 0 : sn / sd;
    }

    internal static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Floor(q * (sorted.Length - 1)), 0, sorted.Length - 1)];
}
