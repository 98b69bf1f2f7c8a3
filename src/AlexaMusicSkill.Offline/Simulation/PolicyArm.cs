using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// What the engine serves simulated listeners with: the policy, how it explores, the affinity model and the
/// candidate settings. The simulator hands these to the engine's composition and never looks inside them.
/// </summary>
public sealed record PolicyArm(string Name, IDialoguePolicy Policy)
{
    public ExplorationSettings Exploration { get; init; } = ExplorationSettings.None;

    public IAffinityModel Affinity { get; init; } = NoAffinity.Instance;

    public CandidateSettings Candidates { get; init; } = CandidateSettings.Default;

    /// <summary>A staged rollout instead of one policy for everyone (arms by keyed hash, as in production).</summary>
    public AlexaMusicSkill.Policy.Rollout.IPolicyAssignment? Rollout { get; init; }

    public string? RolloutDescription { get; init; }

    /// <summary>One line for reports: policy and model versions, exploration, affinity model, candidate caps.</summary>
    public string Describe() =>
        $"{Name}: policy {Policy.Version}" + (Policy.ModelVersion is { } model ? $" (model {model})" : string.Empty)
        + (Exploration.Share > 0 ? $", exploring {Exploration.Share:P0} of conversations ({Exploration.SchemeName(true)}, ε = {Exploration.Epsilon})" : ", greedy")
        + (RolloutDescription is { } rollout ? $", {rollout}" : string.Empty)
        + $", affinity {Affinity.Version}, candidates ≤ {Candidates.MaxCandidates} (samples {Candidates.MaxSamples}, artists {Candidates.MaxArtists}, pool {Candidates.PoolDepth})";
}
