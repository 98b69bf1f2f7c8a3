namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// q̂(x, a): the expected reward of one candidate from its logged features (FeatureSchema order; NaN = missing).
/// Any model fits behind it; DM, DR and their variants use it.
/// </summary>
public interface IRewardModel
{
    double Predict(ReadOnlySpan<float> features);
}

/// <summary>The same prediction for every candidate (DR with a constant q̂ is still unbiased).</summary>
public sealed class ConstantRewardModel(double value) : IRewardModel
{
    public double Predict(ReadOnlySpan<float> features) => value;
}
