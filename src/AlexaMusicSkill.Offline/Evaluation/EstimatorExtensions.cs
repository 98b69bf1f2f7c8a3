using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Evaluation;

public static class EstimatorExtensions
{
    /// <summary>
    /// The estimate ΣN/ΣD with the <see cref="ClusterBootstrap"/>'s percentile interval over listeners (their
    /// conversations are not independent; with one conversation each this resamples conversations). Its assumptions are
    /// the bootstrap's, plus the estimator's own: logged propensities are the ones used, the target has support where
    /// the logger did, and q̂ was fitted on other conversations.
    /// </summary>
    public static OffPolicyEstimate Estimate(this IOffPolicyEstimator estimator, EvaluationData data, BootstrapSettings settings)
    {
        var contributions = estimator.Contribute(data);
        var interval = ClusterBootstrap.Ratio(contributions.ListenerSums(), settings);

        // The point estimate stays the sum in sample order (the listener sums can differ in the last bit).
        return new OffPolicyEstimate(estimator.Name, interval with { Value = contributions.Value });
    }
}
