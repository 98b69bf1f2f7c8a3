using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Experiments.Interim;

/// <summary>
/// Ships when the one-sided 95% lower bound of DR(candidate) − DR(production), bootstrapped over conversations of the
/// exploring logs, is above zero. Kept only until the <c>ope</c> branch's gate lands in main.
/// </summary>
public sealed class InterimGate(int resamples = 400, int seed = 4242) : IDeploymentGate
{
    public string Name => "interim DR difference, one-sided 95% bootstrap lower bound > 0";

    public GateDecision Decide(IReadOnlyList<EvaluationTurn> turns, IDialoguePolicy candidate, IDialoguePolicy production, IRewardModel rewardModel)
    {
        var exploring = turns.Where(t => t.Exploring).ToList();
        if (exploring.Count == 0)
        {
            return new GateDecision(false, "no exploring turns in the logs", double.NaN, double.NaN);
        }

        var a = Contributions.Of(exploring, candidate, rewardModel);
        var b = Contributions.Of(exploring, production, rewardModel);
        var difference = new double[exploring.Count];
        for (var i = 0; i < difference.Length; i++)
        {
            difference[i] = a.DoublyRobust[i] - b.DoublyRobust[i];
        }

        var summary = a.Summarize("DR difference", difference, null, resamples, seed);
        var sorted = Bootstrap(a, difference);
        var lower = Contributions.Percentile(sorted, 0.05);
        var ship = lower > 0;
        return new GateDecision(
            ship,
            ship ? $"DR improvement {summary.Value:+0.0000;-0.0000} per turn, one-sided 95% lower bound {lower:+0.0000;-0.0000} > 0"
                 : $"not proven: DR improvement {summary.Value:+0.0000;-0.0000} per turn, one-sided 95% lower bound {lower:+0.0000;-0.0000} ≤ 0",
            summary.Value,
            lower);
    }

    private double[] Bootstrap(Contributions shape, double[] values)
    {
        var groupSums = new double[shape.Groups];
        var groupCounts = new double[shape.Groups];
        for (var i = 0; i < values.Length; i++)
        {
            groupSums[shape.Group[i]] += values[i];
            groupCounts[shape.Group[i]]++;
        }

        var random = new SimRandom((ulong)seed);
        var estimates = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double s = 0, c = 0;
            for (var g = 0; g < shape.Groups; g++)
            {
                var pick = random.Next(shape.Groups);
                s += groupSums[pick];
                c += groupCounts[pick];
            }

            estimates[r] = s / Math.Max(c, 1);
        }

        Array.Sort(estimates);
        return estimates;
    }
}
