namespace AlexaMusicSkill.Offline.Statistics;

/// <summary>The <see cref="ClusterBootstrap"/>'s settings: how many resamples, the seed, and the two-sided confidence.</summary>
public sealed record BootstrapSettings
{
    public BootstrapSettings(int resamples = 2000, int seed = 20211, double confidence = 0.95)
    {
        if (resamples < 10)
        {
            throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "resamples must be at least 10.");
        }

        if (!(confidence is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in (0, 1).");
        }

        Resamples = resamples;
        Seed = seed;
        Confidence = confidence;
    }

    public int Resamples { get; }

    public int Seed { get; }

    public double Confidence { get; }
}
