namespace Fixture.Reports;

/// <summary>The planted `new Random()` outside Randomness.</summary>
public sealed class Noise
{
    /// <summary>A fresh unseeded draw.</summary>
    public static double Draw() => new Random().NextDouble();

    /// <summary>A nested public type whose name is also declared in Gamma (a nested duplicate).</summary>
    public sealed record Summary(double Mean);
}
