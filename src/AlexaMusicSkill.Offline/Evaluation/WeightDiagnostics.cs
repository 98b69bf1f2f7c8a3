using AlexaMusicSkill.Offline.Evaluation.Episodes;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// How much the log says about a target policy: effective sample size (Σw)²/Σw² and the largest weight, per turn and
/// per conversation (trajectory weights), and the support check: turns where the target puts mass on candidates the
/// logger gave probability 0 (with our logs: greedy conversations), which no weighting can recover.
/// </summary>
public sealed record WeightDiagnostics(
    int Turns,
    int Conversations,
    int ExcludedTurns,
    double EffectiveSampleSize,
    double MaxWeight,
    double MeanWeight,
    int UnsupportedTurns,
    double UnsupportedMass,
    IReadOnlyList<string> UnsupportedActions,
    int CompleteConversations,
    double EpisodeEffectiveSampleSize,
    double MaxTrajectoryWeight)
{
    public bool FullSupport => UnsupportedTurns == 0;

    public static WeightDiagnostics Of(EvaluationData data)
    {
        double sum = 0, squares = 0, max = 0, unsupportedMass = 0;
        var unsupportedTurns = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var w = data.Weight[i];
            sum += w;
            squares += w * w;
            max = Math.Max(max, w);
            if (data.UnsupportedMass[i] > 0)
            {
                unsupportedTurns++;
                unsupportedMass += data.UnsupportedMass[i];
            }
        }

        double trajectorySum = 0, trajectorySquares = 0, trajectoryMax = 0;
        var trajectories = EpisodeEstimator.Trajectories(data);
        foreach (var t in trajectories)
        {
            trajectorySum += t.Weight;
            trajectorySquares += t.Weight * t.Weight;
            trajectoryMax = Math.Max(trajectoryMax, t.Weight);
        }

        return new WeightDiagnostics(
            data.Count,
            data.GroupCount,
            data.ExcludedTurns,
            EffectiveSize(sum, squares),
            max,
            data.Count == 0 ? 0 : sum / data.Count,
            unsupportedTurns,
            unsupportedMass,
            data.UnsupportedActions,
            trajectories.Count,
            EffectiveSize(trajectorySum, trajectorySquares),
            trajectoryMax);
    }

    private static double EffectiveSize(double sum, double squares) => squares == 0 ? 0 : sum * sum / squares;
}
