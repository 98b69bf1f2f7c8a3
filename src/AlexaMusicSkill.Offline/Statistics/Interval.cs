using System.Globalization;

namespace AlexaMusicSkill.Offline.Statistics;

/// <summary>
/// A point estimate with a two-sided interval (NaN throughout when there is no data). What the bounds promise is
/// stated where they are computed (<see cref="ClusterBootstrap"/>, <see cref="Proportions"/>); this type only carries
/// and prints them.
/// </summary>
public readonly record struct Interval(double Value, double Lower, double Upper)
{
    public static Interval None { get; } = new(double.NaN, double.NaN, double.NaN);

    public bool HasValue => !double.IsNaN(Value);

    public bool Excludes(double x) => x < Lower || x > Upper;

    /// <summary>"value [lower, upper]", each printed by <paramref name="text"/>.</summary>
    public string Format(Func<double, string> text) => $"{text(Value)} [{text(Lower)}, {text(Upper)}]";

    /// <summary>"value [lower, upper]" in a numeric format string, invariant culture.</summary>
    public string Format(string format) => Format(x => x.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>A share as "12.3% [10.1, 14.5]".</summary>
    public string Percent(int decimals = 1) => string.Create(CultureInfo.InvariantCulture,
        $"{(Value * 100).ToString("F" + decimals, CultureInfo.InvariantCulture)}% [{(Lower * 100).ToString("F" + decimals, CultureInfo.InvariantCulture)}, {(Upper * 100).ToString("F" + decimals, CultureInfo.InvariantCulture)}]");

    /// <summary>A relative change as "+12.3% [-1.0, +25.2]".</summary>
    public string SignedPercent(int decimals = 1) => $"{Signed(Value, decimals)}% [{Signed(Lower, decimals)}, {Signed(Upper, decimals)}]";

    /// <summary>A share as a signed percentage; values that round to zero print as +0.0 (never "-0.0").</summary>
    private static string Signed(double share, int decimals)
    {
        var rounded = Math.Round(share * 100, decimals);
        var text = Math.Abs(rounded).ToString("F" + decimals, CultureInfo.InvariantCulture);
        return (rounded < 0 ? "-" : "+") + text;
    }
}
