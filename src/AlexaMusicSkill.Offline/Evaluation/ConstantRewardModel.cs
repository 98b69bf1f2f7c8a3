using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>The same prediction for every candidate (DR with a constant q̂ is still unbiased).</summary>
public sealed class ConstantRewardModel(double value) : IRewardModel
{
    public double Predict(ReadOnlySpan<float> features) => value;
}
