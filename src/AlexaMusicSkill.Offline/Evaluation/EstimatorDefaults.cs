using AlexaMusicSkill.Offline.Evaluation.Episodes;
using AlexaMusicSkill.Offline.Evaluation.Estimators;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// The default estimator set and hyperparameters. With ε-greedy logging the largest weight of a deterministic target
/// is K/ε (35 for 7 candidates at ε = 0.2, 150 for 30): λ and τ = 50 bind only on turns with many candidates.
/// </summary>
public static class EstimatorDefaults
{
    public const double ClipLambda = 50;
    public const double SwitchTau = 50;
    public const double ShrinkageLambda = 1000;

    public static IReadOnlyList<IOffPolicyEstimator> Turn { get; } =
    [
        new InverseProbabilityWeighting(),
        new ClippedInverseProbabilityWeighting(ClipLambda),
        new SelfNormalizedInverseProbabilityWeighting(),
        new DirectMethod(),
        new DoublyRobust(),
        new SwitchDoublyRobust(SwitchTau),
        new DoublyRobustWithShrinkage(ShrinkageLambda),
    ];

    public static IReadOnlyList<IOffPolicyEstimator> Episode { get; } =
    [
        new SuccessImportanceSampling(),
        new SuccessWeightedImportanceSampling(),
        new TurnsToSuccessWeightedImportanceSampling(),
        new TurnsPerDecisionImportanceSampling(),
    ];
}
