namespace AlexaMusicSkill.Policy.Model;

/// <summary>The linear baseline: bias + Σ w·x, with missing (NaN) inputs counting as 0.</summary>
public sealed class LinearScorer(ModelArtifact artifact) : IRewardModel
{
    private readonly double[] _weights = artifact.Weights?.ToArray()
        ?? throw new InvalidDataException("A linear model needs weights.");

    public double Predict(ReadOnlySpan<float> features)
    {
        var sum = artifact.Bias;
        for (var i = 0; i < _weights.Length; i++)
        {
            var x = features[i];
            if (!float.IsNaN(x))
            {
                sum += _weights[i] * x;
            }
        }

        return sum;
    }
}
