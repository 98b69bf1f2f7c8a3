using AlexaMusicSkill.Offline.Evaluation.Gate;

namespace AlexaMusicSkill.Offline.Evaluation.Report;

/// <summary>
/// The result of <c>musicskill evaluate</c>: what the log held, each policy's per-turn and per-conversation estimates
/// with bootstrap intervals and weight diagnostics, and the gate's verdict when one was asked for.
/// </summary>
public sealed record EvaluationReport(
    LogSummary Log,
    BootstrapSummary Bootstrap,
    IReadOnlyList<PolicyEvaluation> Policies,
    GateResult? Gate = null);

/// <summary>The log evaluated: turns and conversations (all and exploring), open ones left out, the logged reward and success.</summary>
public sealed record LogSummary(
    int Turns,
    int ExploringTurns,
    int Conversations,
    int ExploringConversations,
    int OpenConversations,
    double MeanReward,
    double SuccessRate);

public sealed record BootstrapSummary(int Resamples, int Seed, double Confidence);

/// <summary>One policy's estimates: per turn (prompt usefulness) and per conversation (success, turns).</summary>
public sealed record PolicyEvaluation(
    string Policy,
    IReadOnlyList<OffPolicyEstimate> Turn,
    IReadOnlyList<OffPolicyEstimate> Episode,
    WeightDiagnostics Diagnostics);
