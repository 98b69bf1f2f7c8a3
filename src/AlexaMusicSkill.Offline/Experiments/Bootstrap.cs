using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>Percentile bootstrap of ratio metrics (Σ numerator / Σ denominator) resampling listeners.</summary>
internal static class Bootstrap
{
    public static Interval Listeners(ListenerTotals[] totals, Func<ListenerTotals, (double N, double D)> metric, int resamples, ulong seed)
    {
        var values = totals.Select(metric).ToArray();
        var estimates = new double[resamples];
        var random = new SeededRandom(seed);
        for (var r = 0; r < resamples; r++)
        {
            double n = 0, d = 0;
            for (var i = 0; i < values.Length; i++)
            {
                var pick = values[random.Next(values.Length)];
                n += pick.N;
                d += pick.D;
            }

            estimates[r] = d == 0 ? double.NaN : n / d;
        }

        return Summarize(Ratio(values), estimates);
    }

    /// <summary>arm / baseline − 1, resampling the same listeners in both (they met the same simulated people).</summary>
    public static Interval Relative(ListenerTotals[] arm, ListenerTotals[] baseline, Func<ListenerTotals, (double N, double D)> metric, int resamples, ulong seed)
    {
        var a = arm.Select(metric).ToArray();
        var b = baseline.Select(metric).ToArray();
        if (a.Length != b.Length)
        {
            throw new ArgumentException("Paired arms must have the same listeners.");
        }

        var estimates = new double[resamples];
        var random = new SeededRandom(seed);
        for (var r = 0; r < resamples; r++)
        {
            double an = 0, ad = 0, bn = 0, bd = 0;
            for (var i = 0; i < a.Length; i++)
            {
                var pick = random.Next(a.Length);
                an += a[pick].N;
                ad += a[pick].D;
                bn += b[pick].N;
                bd += b[pick].D;
            }

            estimates[r] = (an / ad) / (bn / bd) - 1;
        }

        return Summarize((Ratio(a) / Ratio(b)) - 1, estimates);
    }

    private static double Ratio((double N, double D)[] values)
    {
        var d = values.Sum(v => v.D);
        return d == 0 ? double.NaN : values.Sum(v => v.N) / d;
    }

    private static Interval Summarize(double value, double[] estimates)
    {
        var finite = estimates.Where(double.IsFinite).Order().ToArray();
        return finite.Length == 0
            ? new Interval(value, double.NaN, double.NaN)
            : new Interval(value, finite[(int)Math.Floor(0.025 * (finite.Length - 1))], finite[(int)Math.Ceiling(0.975 * (finite.Length - 1))]);
    }
}
