namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// An estimator's per-sample pieces: sample i adds Numerator[i] above and Denominator[i] below (1 when none is given),
/// so every estimate is ΣN / ΣD, a plain mean (IPS, DM, DR) or self-normalised (SNIPS, WIS). Samples belong to
/// conversations (groups), the unit the bootstrap resamples and the gate's bound treats as independent.
/// </summary>
public sealed class Contributions
{
    private readonly int[] _group;
    private readonly double[] _numerator;
    private readonly double[]? _denominator;

    public Contributions(int[] group, int groupCount, double[] numerator, double[]? denominator = null)
    {
        if (group.Length != numerator.Length || (denominator is not null && denominator.Length != numerator.Length))
        {
            throw new ArgumentException("group, numerator and denominator must have one entry per sample.", nameof(numerator));
        }

        _group = group;
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

    /// <summary>Per-group sums of the numerators and denominators (the pieces a conversation resample adds up).</summary>
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
}
