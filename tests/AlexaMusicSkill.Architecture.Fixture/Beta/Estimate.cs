namespace Fixture.Beta;

/// <summary>The other half of the planted duplicate name (the first is Alpha.Estimate).</summary>
internal sealed record Estimate(double Low, double High);
