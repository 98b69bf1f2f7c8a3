namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// An off-policy estimator: per-sample contributions over the evaluation data. The estimate (ΣN/ΣD) and its
/// conversation bootstrap interval are computed once, for every estimator, by <see cref="EstimatorExtensions"/>.
/// </summary>
public interface IOffPolicyEstimator
{
    /// <summary>Short name with hyperparameters, e.g. "IPS", "Switch-DR(τ=50)".</summary>
    string Name { get; }

    Contributions Contribute(EvaluationData data);
}

/// <summary>A point estimate with its bootstrap interval.</summary>
public sealed record Estimate(string Estimator, double Value, double Lower, double Upper);

public static class EstimatorExtensions
{
    public static Estimate Estimate(this IOffPolicyEstimator estimator, EvaluationData data, BootstrapSettings settings)
    {
        var contributions = estimator.Contribute(data);
        var (lower, upper) = ConversationBootstrap.Interval(contributions, settings);
        return new Estimate(estimator.Name, contributions.Value, lower, upper);
    }
}
