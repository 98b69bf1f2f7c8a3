namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// An off-policy estimator: per-sample contributions over the evaluation data. The estimate (ΣN/ΣD) and its
/// listener bootstrap interval are computed once, for every estimator, by <see cref="EstimatorExtensions"/>.
/// </summary>
public interface IOffPolicyEstimator
{
    /// <summary>Short name with hyperparameters, e.g. "IPS", "Switch-DR(τ=50)".</summary>
    string Name { get; }

    Contributions Contribute(EvaluationData data);
}
