using AlexaMusicSkill.Offline.Evaluation;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>
/// Fixed-sample 95%-style intervals for the report: Wilson score intervals for rates, Newcombe's hybrid score interval
/// (method 10) for a difference of rates, and percentile bootstrap intervals for means (the evaluation's
/// <see cref="ConversationBootstrap"/>) and for differences of two arms' means (each arm resampled on its own),
/// resampling whole conversations (one value per conversation, so turns within a conversation stay together).
/// These describe the data at one look; the repeated-look decision is <see cref="Promotion.PromotionRule"/>.
/// </summary>
public static class Intervals
{
    public static Estimate Wilson(int successes, int n, double confidence = 0.95)
    {
        if (n <= 0)
        {
            return Estimate.None;
        }

        var z = Normal.Quantile(1 - (1 - confidence) / 2);
        var p = (double)successes / n;
        var z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Estimate(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>p1 − p2 with Newcombe's interval built from the two Wilson intervals.</summary>
    public static Estimate NewcombeDifference(int successes1, int n1, int successes2, int n2, double confidence = 0.95)
    {
        if (n1 <= 0 || n2 <= 0)
        {
            return Estimate.None;
        }

        var a = Wilson(successes1, n1, confidence);
        var b = Wilson(successes2, n2, confidence);
        var d = a.Value - b.Value;
        var low = d - Math.Sqrt(Square(a.Value - a.Low) + Square(b.High - b.Value));
        var high = d + Math.Sqrt(Square(a.High - a.Value) + Square(b.Value - b.Low));
        return new Estimate(d, Math.Max(-1, low), Math.Min(1, high));
    }

    public static Estimate BootstrapMean(IReadOnlyList<double> values, int resamples, int seed, double confidence = 0.95)
    {
        if (values.Count == 0)
        {
            return Estimate.None;
        }

        var contributions = new Contributions([.. Enumerable.Range(0, values.Count)], values.Count, [.. values]);
        var (low, high) = ConversationBootstrap.Interval(contributions, new BootstrapSettings(resamples, seed, confidence));
        return new Estimate(contributions.Value, low, high);
    }

    /// <summary>mean(a) − mean(b), each arm resampled on its own.</summary>
    public static Estimate BootstrapMeanDifference(IReadOnlyList<double> a, IReadOnlyList<double> b, int resamples, int seed, double confidence = 0.95)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return Estimate.None;
        }

        var random = new Random(seed);
        var differences = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            differences[r] = ResampledMean(a, random) - ResampledMean(b, random);
        }

        return Percentiles(a.Average() - b.Average(), differences, confidence);
    }

    private static double ResampledMean(IReadOnlyList<double> values, Random random)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[random.Next(values.Count)];
        }

        return sum / values.Count;
    }

    private static Estimate Percentiles(double value, double[] draws, double confidence)
    {
        Array.Sort(draws);
        var tail = (1 - confidence) / 2;
        return new Estimate(value, Quantile(draws, tail), Quantile(draws, 1 - tail));
    }

    /// <summary>Linear interpolation between order statistics (type 7, the R and NumPy default).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double Square(double x) => x * x;
}
