using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Metrics;
using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Randomness;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Users;

namespace AlexaMusicSkill.Hosting;

/// <summary>The parts a host chooses (store, logs, catalog, policy); everything else is built the same for every host.</summary>
public sealed record SkillComposition
{
    public required string SkillId { get; init; }

    public required ICatalog Catalog { get; init; }

    public required IUserStateStore Store { get; init; }

    public required IDecisionLog Decisions { get; init; }

    public required UserKeyHasher Users { get; init; }

    public required IEventLog Log { get; init; }

    public IPolicyAssignment Policies { get; init; } = new SinglePolicyAssignment(new RuleBasedPolicy());

    public ExplorationSettings Exploration { get; init; } = ExplorationSettings.None;

    public IRandomSource Random { get; init; } = SharedRandomSource.Instance;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>User–item affinity from listening history; none by default.</summary>
    public IAffinityModel Affinity { get; init; } = NoAffinity.Instance;

    /// <summary>Candidate caps and the affinity's weight in ranking; production defaults unless a research run says otherwise.</summary>
    public CandidateSettings Candidates { get; init; } = CandidateSettings.Default;

    /// <summary>Operational metrics (EMF lines in Lambda); off unless a host asks for them.</summary>
    public IMetricsSink Metrics { get; init; } = NullMetricsSink.Instance;

    /// <summary>The skill's one entry point, for bytes (every host) and typed envelopes (the simulator).</summary>
    public SkillFunction Build()
    {
        var services = new DialogueServices(Catalog, Policies, Exploration, Random, Clock, Affinity, Candidates);
        var decisions = Metrics is NullMetricsSink ? Decisions : new MeteredDecisionLog(Decisions, Metrics);
        var engine = new DialogueEngine(services, Store, decisions, Users, Log, Metrics);
        return new SkillFunction(SkillId, engine, Log, Metrics);
    }
}
