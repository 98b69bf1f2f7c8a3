using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Statistics;

/// <summary>
/// The one bootstrap of the offline tools: a percentile bootstrap of ratio statistics ΣN/ΣD that resamples clusters,
/// the listeners (userKey, contracts.md), with replacement. A listener's conversations and a conversation's turns are
/// not independent of each other, so resampling either would give intervals that are too narrow. Each resample draws
/// as many clusters as there are (SplitMix64 from the seed: the same settings give the same interval); the bounds are
/// the two-sided percentiles of the resampled statistic, interpolated between order statistics; a resample where the
/// statistic is undefined (a zero denominator) is dropped.
/// Assumptions: clusters are independent and identically distributed (what happens inside a cluster may be anything);
/// the percentile bootstrap is consistent for smooth statistics like these (ratios of means whose denominator stays
/// away from 0) but only first-order accurate, and too narrow with few clusters: it cannot see more variety than the
/// clusters it was given (one cluster gives a zero-width interval).
/// </summary>
public static class ClusterBootstrap
{
    /// <summary>ΣN/ΣD over the clusters.</summary>
    public static Interval Ratio(ClusterSums sums, BootstrapSettings settings)
    {
        var clusters = sums.Count;
        if (clusters == 0)
        {
            return Interval.None;
        }

        var numerator = sums.Numerator;
        var denominator = sums.Denominator;
        var draws = new double[settings.Resamples];
        var random = new SplitMix64((ulong)settings.Seed);
        var kept = 0;
        for (var r = 0; r < settings.Resamples; r++)
        {
            double n = 0, d = 0;
            for (var k = 0; k < clusters; k++)
            {
                var pick = random.NextIndex(clusters);
                n += numerator[pick];
                d += denominator[pick];
            }

            if (d != 0)
            {
                draws[kept++] = n / d;
            }
        }

        return Percentiles(sums.Value, draws.AsSpan(0, kept), settings.Confidence);
    }

    /// <summary>
    /// (ΣN/ΣD of <paramref name="arm"/>) / (ΣN/ΣD of <paramref name="baseline"/>) − 1 for two arms measured on the same
    /// clusters (cluster k is the same listener in both): each resample draws the same clusters for both arms (paired),
    /// so what a listener brings to both arms cancels out of the difference.
    /// </summary>
    public static Interval PairedRelative(ClusterSums arm, ClusterSums baseline, BootstrapSettings settings)
    {
        if (arm.Count != baseline.Count)
        {
            throw new ArgumentException("Paired arms must have the same clusters.", nameof(baseline));
        }

        var clusters = arm.Count;
        var value = arm.Value / baseline.Value - 1;
        if (clusters == 0)
        {
            return Interval.None;
        }

        var draws = new double[settings.Resamples];
        var random = new SplitMix64((ulong)settings.Seed);
        var kept = 0;
        for (var r = 0; r < settings.Resamples; r++)
        {
            double an = 0, ad = 0, bn = 0, bd = 0;
            for (var k = 0; k < clusters; k++)
            {
                var pick = random.NextIndex(clusters);
                an += arm.Numerator[pick];
                ad += arm.Denominator[pick];
                bn += baseline.Numerator[pick];
                bd += baseline.Denominator[pick];
            }

            if (ad != 0 && bd != 0 && bn != 0)
            {
                draws[kept++] = (an / ad) / (bn / bd) - 1;
            }
        }

        return Percentiles(value, draws.AsSpan(0, kept), settings.Confidence);
    }

    /// <summary>
    /// ΣN/ΣD of <paramref name="a"/> − ΣN/ΣD of <paramref name="b"/> for two arms on different clusters (a listener sees
    /// one arm): each resample draws each arm's clusters on its own, so the arms must be independent of each other.
    /// </summary>
    public static Interval Difference(ClusterSums a, ClusterSums b, BootstrapSettings settings)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return Interval.None;
        }

        var draws = new double[settings.Resamples];
        var random = new SplitMix64((ulong)settings.Seed);
        var kept = 0;
        for (var r = 0; r < settings.Resamples; r++)
        {
            var (an, ad) = Resample(a, ref random);
            var (bn, bd) = Resample(b, ref random);
            if (ad != 0 && bd != 0)
            {
                draws[kept++] = (an / ad) - (bn / bd);
            }
        }

        return Percentiles(a.Value - b.Value, draws.AsSpan(0, kept), settings.Confidence);
    }

    /// <summary>Linear interpolation between order statistics (type 7, the R and NumPy default).</summary>
    internal static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private static (double Numerator, double Denominator) Resample(ClusterSums sums, ref SplitMix64 random)
    {
        double n = 0, d = 0;
        for (var k = 0; k < sums.Count; k++)
        {
            var pick = random.NextIndex(sums.Count);
            n += sums.Numerator[pick];
            d += sums.Denominator[pick];
        }

        return (n, d);
    }

    private static Interval Percentiles(double value, Span<double> draws, double confidence)
    {
        if (draws.Length == 0)
        {
            return new Interval(value, double.NaN, double.NaN);
        }

        draws.Sort();
        var tail = (1 - confidence) / 2;
        return new Interval(value, Quantile(draws, tail), Quantile(draws, 1 - tail));
    }
}
