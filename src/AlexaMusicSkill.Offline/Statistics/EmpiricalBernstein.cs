namespace AlexaMusicSkill.Offline.Statistics;

/// <summary>
/// One-sided empirical-Bernstein bound on a mean (Maurer and Pontil 2009, Theorem 4): with probability at least 1 − δ,
/// E[X] ≥ X̄ − √(2 V̂ ln(2/δ) / n) − 7 R ln(2/δ) / (3(n − 1)), V̂ the sample variance and R the range of X.
/// Assumptions: samples independent and identically distributed and bounded (the gate passes one per conversation).
/// The theorem takes R known in advance; R is taken from the sample, as OBP and SCOPE-RL do, which makes the bound
/// approximate when the sample misses the extremes.
/// </summary>
public static class EmpiricalBernstein
{
    public static double LowerBound(ReadOnlySpan<double> samples, double delta)
    {
        if (!(delta is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "delta must be in (0, 1).");
        }

        var n = samples.Length;
        if (n < 2)
        {
            return double.NegativeInfinity;
        }

        double mean = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var x in samples)
        {
            mean += x;
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }

        mean /= n;
        double squares = 0;
        foreach (var x in samples)
        {
            squares += (x - mean) * (x - mean);
        }

        var variance = squares / (n - 1);
        var log = Math.Log(2 / delta);
        return mean - Math.Sqrt(2 * variance * log / n) - (7 * (max - min) * log / (3.0 * (n - 1)));
    }
}
