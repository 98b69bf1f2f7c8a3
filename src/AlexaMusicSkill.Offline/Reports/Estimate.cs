namespace AlexaMusicSkill.Offline.Reports;

/// <summary>A point estimate with a two-sided interval (NaN bounds when there is no data).</summary>
public readonly record struct Estimate(double Value, double Low, double High)
{
    public static Estimate None { get; } = new(double.NaN, double.NaN, double.NaN);

    public bool HasValue => !double.IsNaN(Value);
}
