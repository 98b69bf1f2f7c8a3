namespace AlexaMusicSkill.Offline.Evaluation.Estimators;

/// <summary>
/// Base of the per-turn estimators: a variant gives only its per-turn formula (and, when self-normalised, the
/// per-turn normaliser); grouping by conversation and listener, the mean and the interval are shared.
/// </summary>
public abstract class TurnEstimator : IOffPolicyEstimator
{
    public abstract string Name { get; }

    public Contributions Contribute(EvaluationData data)
    {
        var numerator = new double[data.Count];
        var denominator = Normalised ? new double[data.Count] : null;
        for (var i = 0; i < numerator.Length; i++)
        {
            numerator[i] = Contribution(data, i);
            if (denominator is not null)
            {
                denominator[i] = Normaliser(data, i);
            }
        }

        return new Contributions(data.Group.ToArray(), data.GroupCount, numerator, denominator, data.Listener.ToArray());
    }

    protected virtual bool Normalised => false;

    protected abstract double Contribution(EvaluationData data, int i);

    protected virtual double Normaliser(EvaluationData data, int i) => 1;

    /// <summary>The DR correction's residual r − q̂(x, a).</summary>
    protected static double Residual(EvaluationData data, int i) => data.Reward[i] - data.QChosen[i];

    protected static double Positive(double value, string name, bool allowInfinity = false) =>
        value > 0 && (allowInfinity || !double.IsPositiveInfinity(value))
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive{(allowInfinity ? string.Empty : " and finite")}.");

    protected static double NonNegative(double value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be zero or positive.");

    protected static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
