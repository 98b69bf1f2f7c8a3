namespace AlexaMusicSkill.Offline.Statistics;

/// <summary>
/// A ratio statistic ΣN/ΣD as the <see cref="ClusterBootstrap"/> resamples it: cluster k (a listener) adds
/// Numerator[k] above and Denominator[k] below, the sums over everything measured on that cluster.
/// </summary>
public sealed class ClusterSums
{
    private readonly double[] _numerator;
    private readonly double[] _denominator;

    public ClusterSums(double[] numerator, double[] denominator)
    {
        if (numerator.Length != denominator.Length)
        {
            throw new ArgumentException("numerator and denominator must have one entry per cluster.", nameof(denominator));
        }

        _numerator = numerator;
        _denominator = denominator;
        double n = 0, d = 0;
        for (var k = 0; k < numerator.Length; k++)
        {
            n += numerator[k];
            d += denominator[k];
        }

        Value = d == 0 ? double.NaN : n / d;
    }

    public int Count => _numerator.Length;

    /// <summary>ΣN / ΣD over all clusters; NaN when ΣD is 0.</summary>
    public double Value { get; }

    public ReadOnlySpan<double> Numerator => _numerator;

    public ReadOnlySpan<double> Denominator => _denominator;

    /// <summary>One cluster per (numerator, denominator) pair, in order.</summary>
    public static ClusterSums Of(IEnumerable<(double Numerator, double Denominator)> clusters)
    {
        var list = clusters as IReadOnlyList<(double Numerator, double Denominator)> ?? [.. clusters];
        var n = new double[list.Count];
        var d = new double[list.Count];
        for (var k = 0; k < n.Length; k++)
        {
            (n[k], d[k]) = list[k];
        }

        return new ClusterSums(n, d);
    }

    /// <summary>
    /// Sums samples by their cluster key; clusters are numbered in the order their key first appears, so the same
    /// samples in the same order always resample the same way.
    /// </summary>
    public static ClusterSums ByKey<TKey>(IEnumerable<(TKey Cluster, double Numerator, double Denominator)> samples)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, int>();
        var n = new List<double>();
        var d = new List<double>();
        foreach (var (cluster, numerator, denominator) in samples)
        {
            if (!index.TryGetValue(cluster, out var k))
            {
                k = index[cluster] = n.Count;
                n.Add(0);
                d.Add(0);
            }

            n[k] += numerator;
            d[k] += denominator;
        }

        return new ClusterSums([.. n], [.. d]);
    }

    /// <summary>The mean of <paramref name="values"/> (one per sample) with the samples summed by cluster key.</summary>
    public static ClusterSums MeanByKey<TKey>(IEnumerable<(TKey Cluster, double Value)> values)
        where TKey : notnull =>
        ByKey(values.Select(v => (v.Cluster, v.Value, 1.0)));
}
