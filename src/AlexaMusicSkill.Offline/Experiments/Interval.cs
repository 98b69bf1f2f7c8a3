using System.Globalization;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>A point estimate with its 95% interval.</summary>
public readonly record struct Interval(double Value, double Lower, double Upper)
{
    public bool Excludes(double x) => x < Lower || x > Upper;

    public string Format(string format) => string.Create(CultureInfo.InvariantCulture,
        $"{Value.ToString(format, CultureInfo.InvariantCulture)} [{Lower.ToString(format, CultureInfo.InvariantCulture)}, {Upper.ToString(format, CultureInfo.InvariantCulture)}]");

    public string Percent(int decimals = 1) => string.Create(CultureInfo.InvariantCulture,
        $"{(Value * 100).ToString("F" + decimals, CultureInfo.InvariantCulture)}% [{(Lower * 100).ToString("F" + decimals, CultureInfo.InvariantCulture)}, {(Upper * 100).ToString("F" + decimals, CultureInfo.InvariantCulture)}]");

    public string SignedPercent(int decimals = 1) => $"{Signed(Value, decimals)}% [{Signed(Lower, decimals)}, {Signed(Upper, decimals)}]";

    /// <summary>A share as a signed percentage; values that round to zero print as +0.0 (never "-0.0").</summary>
    private static string Signed(double share, int decimals)
    {
        var rounded = Math.Round(share * 100, decimals);
        var text = Math.Abs(rounded).ToString("F" + decimals, CultureInfo.InvariantCulture);
        return (rounded < 0 ? "-" : "+") + text;
    }
}
