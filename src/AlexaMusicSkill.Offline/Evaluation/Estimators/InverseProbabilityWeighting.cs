namespace AlexaMusicSkill.Offline.Evaluation.Estimators;

/// <summary>IPS: V̂ = E_n[w r], w = π_e(a|x)/π_b(a|x). Unbiased when the logged propensities are right.</summary>
public sealed class InverseProbabilityWeighting : TurnEstimator
{
    public override string Name => "IPS";

    protected override double Contribution(EvaluationData data, int i) => data.Weight[i] * data.Reward[i];
}
