namespace AlexaMusicSkill.Offline.Evaluation.Estimators;

/// <summary>Switch-DR: V̂ = E_n[q̂(x, π_e) + w (r − q̂(x, a)) 1{w ≤ τ}]. Falls back to DM where weights exceed τ.</summary>
public sealed class SwitchDoublyRobust(double tau) : TurnEstimator
{
    private readonly double _tau = NonNegative(tau, nameof(tau));

    public override string Name => $"Switch-DR(τ={Format(_tau)})";

    protected override double Contribution(EvaluationData data, int i) =>
        data.QTarget[i] + (data.Weight[i] <= _tau ? data.Weight[i] * Residual(data, i) : 0);
}
