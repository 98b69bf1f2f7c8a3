namespace AlexaMusicSkill.Offline.Evaluation.Estimators;

/// <summary>SNIPS: V̂ = Σ w r / Σ w. Slightly biased, consistent, never outside the reward range.</summary>
public sealed class SelfNormalizedInverseProbabilityWeighting : TurnEstimator
{
    public override string Name => "SNIPS";

    protected override bool Normalised => true;

    protected override double Contribution(EvaluationData data, int i) => data.Weight[i] * data.Reward[i];

    protected override double Normaliser(EvaluationData data, int i) => data.Weight[i];
}
