namespace AlexaMusicSkill.Offline.Evaluation.Estimators;

/// <summary>Clipped IPS: V̂ = E_n[min(w, λ) r]. Bias traded for variance; λ = ∞ is plain IPS.</summary>
public sealed class ClippedInverseProbabilityWeighting(double lambda) : TurnEstimator
{
    private readonly double _lambda = Positive(lambda, nameof(lambda), allowInfinity: true);

    public override string Name => $"clipped IPS(λ={Format(_lambda)})";

    protected override double Contribution(EvaluationData data, int i) => Math.Min(data.Weight[i], _lambda) * data.Reward[i];
}
