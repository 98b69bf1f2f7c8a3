namespace Fixture.Alpha;

/// <summary>One half of the planted duplicate name (the other is Beta.Estimate).</summary>
public sealed record Estimate(double Value);
