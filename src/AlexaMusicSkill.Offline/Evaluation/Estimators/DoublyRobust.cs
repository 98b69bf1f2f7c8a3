namespace AlexaMusicSkill.Offline.Evaluation.Estimators;

/// <summary>DR: V̂ = E_n[q̂(x, π_e) + w (r − q̂(x, a))]. Unbiased when either the propensities or q̂ are right.</summary>
public sealed class DoublyRobust : TurnEstimator
{
    public override string Name => "DR";

    protected override double Contribution(EvaluationData data, int i) => data.QTarget[i] + (data.Weight[i] * Residual(data, i));
}
