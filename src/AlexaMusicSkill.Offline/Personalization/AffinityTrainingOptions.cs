namespace AlexaMusicSkill.Offline.Personalization;

/// <summary>Hyperparameters of the implicit-feedback matrix factorization behind the affinity model.</summary>
public sealed record AffinityTrainingOptions
{
    public int Dimensions { get; init; } = 32;

    public int Iterations { get; init; } = 12;

    /// <summary>L2 penalty λ on both factor matrices.</summary>
    public double Regularization { get; init; } = 0.1;

    /// <summary>Confidence c = 1 + α·log(1 + strength) (Hu, Koren &amp; Volinsky 2008, log scaling).</summary>
    public double Alpha { get; init; } = 10.0;

    /// <summary>Artists with fewer distinct listeners than this get no embedding (their affinity stays unknown).</summary>
    public int MinListeners { get; init; } = 2;

    public int Seed { get; init; } = 29;

    public void Validate()
    {
        if (Dimensions is < 2 or > 256 || Iterations < 1 || Regularization <= 0 || Alpha < 0 || MinListeners < 1)
        {
            throw new ArgumentException($"Invalid affinity training options: dimensions {Dimensions} (2..256), iterations {Iterations} (≥1), regularization {Regularization} (>0), alpha {Alpha} (≥0), min listeners {MinListeners} (≥1).");
        }
    }
}
