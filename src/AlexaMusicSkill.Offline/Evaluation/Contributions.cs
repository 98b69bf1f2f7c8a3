using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// An estimator's per-sample pieces: sample i adds Numerator[i] above and Denominator[i] below (1 when none is given),
/// so every estimate is ΣN / ΣD, a plain mean (IPS, DM, DR) or self-normalised (SNIPS, WIS). Samples belong to
/// conversations (groups), the unit the gate pairs candidate and production on; conversations belong to listeners,
/// the clusters the bootstrap resamples.
/// </summary>
public sealed class Contributions
{
    private readonly int[] _group;
    private readonly int[]? _listener;
    private readonly double[] _numerator;
    private readonly double[]? _denominator;

    /// <param name="listener">Each group's listener (any id; groups of one listener share it); null: every group is its own listener.</param>
    public Contributions(int[] group, int groupCount, double[] numerator, double[]? denominator = null, int[]? listener = null)
    {
        if (group.Length != numerator.Length || (denominator is not null && denominator.Length != numerator.Length))
        {
            throw new ArgumentException("group, numerator and denominator must have one entry per sample.", nameof(numerator));
        }

        if (listener is not null && listener.Length != groupCount)
        {
            throw new ArgumentException("listener must have one entry per group.", nameof(listener));
        }

        _group = group;
        _listener = listener;
        _numerator = numerator;
        _denominator = denominator;
        GroupCount = groupCount;
        double n = 0, d = 0;
        for (var i = 0; i < numerator.Length; i++)
        {
            n += numerator[i];
            d += denominator?[i] ?? 1;
        }

        Value = d == 0 ? double.NaN : n / d;
    }

    public int Count => _numerator.Length;

    public int GroupCount { get; }

    /// <summary>ΣN / ΣD over all samples; NaN when ΣD is 0 (nothing to normalise by).</summary>
    public double Value { get; }

    public ReadOnlySpan<double> Numerator => _numerator;

    /// <summary>Per-group sums of the numerators and denominators (one conversation's share of the estimate).</summary>
    public (double[] Numerator, double[] Denominator) GroupSums()
    {
        var n = new double[GroupCount];
        var d = new double[GroupCount];
        for (var i = 0; i < _numerator.Length; i++)
        {
            n[_group[i]] += _numerator[i];
            d[_group[i]] += _denominator?[i] ?? 1;
        }

        return (n, d);
    }

    /// <summary>
    /// The sums per listener, what the <see cref="ClusterBootstrap"/> resamples: listeners numbered in the order of
    /// their first group, so with one conversation per listener they are the groups themselves.
    /// </summary>
    public ClusterSums ListenerSums()
    {
        var (n, d) = GroupSums();
        return _listener is null ? new ClusterSums(n, d) : ClusterSums.ByKey(_listener.Select((key, g) => (key, n[g], d[g])));
    }
}
