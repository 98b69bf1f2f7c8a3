namespace AlexaMusicSkill.Offline.Evaluation.Estimators;

/// <summary>DRos: DR with w shrunk to λw / (w² + λ) (Su et al. 2020); λ = 0 is DM, λ → ∞ is DR.</summary>
public sealed class DoublyRobustWithShrinkage(double lambda) : TurnEstimator
{
    private readonly double _lambda = NonNegative(lambda, nameof(lambda));

    public override string Name => $"DRos(λ={Format(_lambda)})";

    protected override double Contribution(EvaluationData data, int i)
    {
        var w = data.Weight[i];
        var shrunk = w == 0 || double.IsPositiveInfinity(_lambda) ? w : _lambda * w / ((w * w) + _lambda);
        return data.QTarget[i] + (shrunk * Residual(data, i));
    }
}
