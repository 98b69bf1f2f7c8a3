using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// Percentile bootstrap interval of ΣN/ΣD resampling whole conversations with replacement (turns of a conversation
/// are correlated, so resampling turns would be too narrow). Deterministic for a seed.
/// </summary>
public static class ConversationBootstrap
{
    public static (double Lower, double Upper) Interval(Contributions contributions, BootstrapSettings settings)
    {
        var groups = contributions.GroupCount;
        if (groups == 0)
        {
            return (double.NaN, double.NaN);
        }

        var (numerator, denominator) = contributions.GroupSums();
        var values = new double[settings.Resamples];
        var random = new SplitMix64((ulong)settings.Seed);
        var kept = 0;
        for (var r = 0; r < settings.Resamples; r++)
        {
            double n = 0, d = 0;
            for (var k = 0; k < groups; k++)
            {
                var g = random.NextIndex(groups);
                n += numerator[g];
                d += denominator[g];
            }

            if (d != 0)
            {
                values[kept++] = n / d;
            }
        }

        if (kept == 0)
        {
            return (double.NaN, double.NaN);
        }

        var sorted = values.AsSpan(0, kept);
        sorted.Sort();
        var alpha = 1 - settings.Confidence;
        return (Quantile(sorted, alpha / 2), Quantile(sorted, 1 - (alpha / 2)));
    }

    /// <summary>Linear interpolation between order statistics (numpy's default).</summary>
    internal static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
