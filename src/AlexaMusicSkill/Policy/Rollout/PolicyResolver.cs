using AlexaMusicSkill.Artifacts;
using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Metrics;
using AlexaMusicSkill.Policy.Model;
using static AlexaMusicSkill.Logging.EventLogExtensions;

namespace AlexaMusicSkill.Policy.Rollout;

/// <summary>
/// Turns POLICY / CANDIDATE_POLICY / CANDIDATE_SHARE into the served arms. A production model that is missing, invalid
/// or built for another feature schema falls back to the rule-based policy (one log line says why); a candidate
/// that cannot be loaded is a deployment error and fails the cold start.
/// </summary>
public static class PolicyResolver
{
    /// <param name="readModel">Reads a model's JSON by name (defaults to the models embedded in the library).</param>
    /// <param name="metrics">Told whether the production policy fell back to rules (the post-deploy alarm watches it).</param>
    public static IPolicyAssignment Resolve(SkillConfiguration configuration, IEventLog log, Func<string, string?>? readModel = null, IMetricsSink? metrics = null)
    {
        readModel ??= ShippedArtifacts.Read;
        var production = Production(configuration.Policy, log, readModel);
        var fellBack = PolicySpec.ModelName(configuration.Policy) is not null && production is RuleBasedPolicy;
        (metrics ?? NullMetricsSink.Instance).PolicyLoaded(fellBack);
        if (configuration.CandidatePolicy is not { } candidateSpec || configuration.CandidateShare <= 0)
        {
            return new SinglePolicyAssignment(production);
        }

        var candidate = Candidate(candidateSpec, readModel);
        log.Info("staged rollout", Field("production", production.Version), Field("candidate", candidate.Version), Field("candidateShare", configuration.CandidateShare));
        return new SplitPolicyAssignment(production, candidate, configuration.CandidateShare);
    }

    public static IDialoguePolicy Production(string spec, IEventLog log, Func<string, string?> readModel)
    {
        if (PolicySpec.ModelName(spec) is not { } name)
        {
            log.Info("serving the rule-based policy", Field("policy", spec));
            return new RuleBasedPolicy();
        }

        var load = PolicyModelLoader.Load(readModel(name));
        if (load.Policy is null)
        {
            log.Warn("falling back to the rule-based policy", Field("model", name), Field("reason", load.Problem), Field("loadMs", load.Elapsed.TotalMilliseconds));
            return new RuleBasedPolicy();
        }

        log.Info("serving the learned policy", Field("model", name), Field("modelVersion", load.Policy.ModelVersion), Field("trees", load.Policy.Artifact.Trees.Count), Field("loadMs", load.Elapsed.TotalMilliseconds));
        return load.Policy;
    }

    private static IDialoguePolicy Candidate(string spec, Func<string, string?> readModel)
    {
        if (PolicySpec.ModelName(spec) is not { } name)
        {
            return new RuleBasedPolicy();
        }

        var load = PolicyModelLoader.Load(readModel(name));
        return load.Policy ?? throw new InvalidOperationException($"CANDIDATE_POLICY '{spec}' cannot be served: {load.Problem}.");
    }
}
