namespace AlexaMusicSkill.Offline.Statistics;

/// <summary>
/// Fixed-sample intervals for rates: the Wilson score interval for one rate and Newcombe's hybrid score interval
/// (method 10) for a difference of two. Assumptions: the trials are independent Bernoulli draws with one success
/// probability (per arm, and the two arms independent of each other), and the normal approximation to the score
/// statistic holds (Wilson's keeps close to nominal coverage down to small n and rates near 0 or 1). They describe the
/// data at one look; looking again and again needs a confidence sequence (Reports/Promotion).
/// </summary>
public static class Proportions
{
    public static Interval Wilson(int successes, int n, double confidence = 0.95)
    {
        if (n <= 0)
        {
            return Interval.None;
        }

        var z = Normal.Quantile(1 - (1 - confidence) / 2);
        var p = (double)successes / n;
        var z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>p1 − p2 with Newcombe's interval built from the two Wilson intervals.</summary>
    public static Interval NewcombeDifference(int successes1, int n1, int successes2, int n2, double confidence = 0.95)
    {
        if (n1 <= 0 || n2 <= 0)
        {
            return Interval.None;
        }

        var a = Wilson(successes1, n1, confidence);
        var b = Wilson(successes2, n2, confidence);
        var d = a.Value - b.Value;
        var low = d - Math.Sqrt(Square(a.Value - a.Lower) + Square(b.Upper - b.Value));
        var high = d + Math.Sqrt(Square(a.Upper - a.Value) + Square(b.Value - b.Lower));
        return new Interval(d, Math.Max(-1, low), Math.Min(1, high));
    }

    private static double Square(double x) => x * x;
}
