using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Gate;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// One training log: how it was made, what it holds, the model trained on it, and its off-policy checks on the
/// held-out conversations: every per-turn and episode estimator for the learned policy and for production, the weight
/// diagnostics, and the gate's verdict (learned instead of production).
/// </summary>
public sealed record LoggedStage(
    PolicyArm LoggingArm,
    string LogPath,
    SimulationRun Run,
    TrainingLogSummary Summary,
    int TrainingRows,
    int EvaluationTurns,
    ModelArtifact Model,
    IReadOnlyList<OffPolicyEstimate> LearnedEstimates,
    IReadOnlyList<OffPolicyEstimate> ProductionEstimates,
    WeightDiagnostics Diagnostics,
    string ProductionName,
    GateResult Gate);

/// <summary>Everything an experiment found, for the report and the charts.</summary>
public sealed record ExperimentResult(
    ExperimentOptions Options,
    string Commit,
    string Populations,
    AffinityArtifact AffinityModel,
    LoggedStage First,
    LoggedStage Second,
    IReadOnlyList<ArmResult> Arms,
    GateSettings GateSettings,
    IReadOnlyDictionary<string, TimeSpan> StageTimes,
    TimeSpan Elapsed)
{
    public ArmResult Rules => Arms[0];

    public ArmResult Learned => Arms[1];

    public ArmResult LearnedWithAffinity => Arms[2];

    public (Interval Success, Interval TurnsToSuccess) LearnedVsRules => Learned.RelativeTo(Rules, Options.Bootstrap(11));

    public (Interval Success, Interval TurnsToSuccess) AffinityVsLearned => LearnedWithAffinity.RelativeTo(Learned, Options.Bootstrap(12));

    public (Interval Success, Interval TurnsToSuccess) AffinityVsRules => LearnedWithAffinity.RelativeTo(Rules, Options.Bootstrap(13));
}
