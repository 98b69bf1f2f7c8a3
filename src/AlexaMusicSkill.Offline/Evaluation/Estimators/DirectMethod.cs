namespace AlexaMusicSkill.Offline.Evaluation.Estimators;

/// <summary>DM: V̂ = E_n[q̂(x, π_e)]. Low variance; its bias is the reward model's error.</summary>
public sealed class DirectMethod : TurnEstimator
{
    public override string Name => "DM";

    protected override double Contribution(EvaluationData data, int i) => data.QTarget[i];
}
