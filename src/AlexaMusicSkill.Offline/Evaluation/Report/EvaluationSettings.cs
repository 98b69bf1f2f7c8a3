using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Evaluation.Report;

/// <summary>Which estimators run, how intervals are resampled, and whether greedy conversations are left out (they should be).</summary>
public sealed record EvaluationSettings(
    IReadOnlyList<IOffPolicyEstimator> TurnEstimators,
    IReadOnlyList<IOffPolicyEstimator> EpisodeEstimators,
    BootstrapSettings Bootstrap,
    bool ExploringOnly = true)
{
    public static EvaluationSettings Default { get; } = new(EstimatorDefaults.Turn, EstimatorDefaults.Episode, new BootstrapSettings());
}
