using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>A per-turn value estimate with its 95% interval (bootstrap over conversations) and effective sample size.</summary>
public sealed record OffPolicyEstimate(string Estimator, double Value, double Lower, double Upper, double EffectiveSampleSize);

/// <summary>
/// Off-policy estimates of a greedy policy's per-turn value (mean prompt usefulness) from exploring logs. The seam to
/// the <c>ope</c> branch's estimators: <see cref="Interim.InterimEstimators"/> until they land in main.
/// </summary>
public interface IOffPolicyEvaluator
{
    IReadOnlyList<OffPolicyEstimate> Estimate(IReadOnlyList<EvaluationTurn> turns, IDialoguePolicy target, IRewardModel rewardModel);
}

/// <summary>Ship or not, and why (the improvement estimate and the lower bound the decision rests on).</summary>
public sealed record GateDecision(bool Ship, string Reason, double Improvement, double LowerBound);

/// <summary>The deployment gate's seam (<c>ope</c> branch): ship a candidate only when the logs prove it beats production.</summary>
public interface IDeploymentGate
{
    string Name { get; }

    GateDecision Decide(IReadOnlyList<EvaluationTurn> turns, IDialoguePolicy candidate, IDialoguePolicy production, IRewardModel rewardModel);
}
