using AlexaMusicSkill.Offline.Evaluation.Gate;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Evaluation.Report;

/// <summary>
/// Runs every estimator over one log for several policies (the stages meet only in data: rewarded turns, target
/// probabilities, q̂), and optionally the deployment gate of a candidate against production.
/// </summary>
public static class OffPolicyEvaluation
{
    public static EvaluationReport Evaluate(
        RewardedLog log,
        IReadOnlyList<ITargetPolicy> policies,
        IRewardModel model,
        EvaluationSettings? settings = null)
    {
        settings ??= EvaluationSettings.Default;
        var evaluations = policies.Select(p => Evaluate(EvaluationData.Build(log, p, model, settings.ExploringOnly), settings)).ToList();
        return new EvaluationReport(Summarize(log), Summarize(settings.Bootstrap), evaluations);
    }

    /// <summary>Evaluates candidate and production on the same turns and adds the gate's verdict for the candidate.</summary>
    public static EvaluationReport EvaluateWithGate(
        RewardedLog log,
        ITargetPolicy candidate,
        ITargetPolicy production,
        IRewardModel model,
        GateSettings gate,
        EvaluationSettings? settings = null)
    {
        settings ??= EvaluationSettings.Default;
        var candidateData = EvaluationData.Build(log, candidate, model, settings.ExploringOnly);
        var productionData = EvaluationData.Build(log, production, model, settings.ExploringOnly);
        return new EvaluationReport(
            Summarize(log),
            Summarize(settings.Bootstrap),
            [Evaluate(candidateData, settings), Evaluate(productionData, settings)],
            DeploymentGate.Check(candidateData, productionData, gate));
    }

    // Each estimator's bootstrap is independent of the others: run them on every core, keep their order.
    public static PolicyEvaluation Evaluate(EvaluationData data, EvaluationSettings settings) => new(
        data.Policy,
        [.. settings.TurnEstimators.AsParallel().AsOrdered().Select(e => e.Estimate(data, settings.Bootstrap))],
        [.. settings.EpisodeEstimators.AsParallel().AsOrdered().Select(e => e.Estimate(data, settings.Bootstrap))],
        WeightDiagnostics.Of(data));

    public static LogSummary Summarize(RewardedLog log) => new(
        log.Turns.Count,
        log.Turns.Count(t => t.Exploring),
        log.Episodes.Count,
        log.Episodes.Count(e => e.Exploring),
        log.OpenConversations,
        log.Turns.Count == 0 ? double.NaN : log.Turns.Average(t => t.Reward),
        log.Episodes.Count == 0 ? double.NaN : log.Episodes.Average(e => e.Success ? 1.0 : 0.0));

    private static BootstrapSummary Summarize(BootstrapSettings bootstrap) => new(bootstrap.Resamples, bootstrap.Seed, bootstrap.Confidence);
}
