namespace Fixture.Randomness;

/// <summary>System.Random inside the Randomness namespace: allowed, so the rule must not name it.</summary>
public sealed class Seeded
{
    private readonly Random random = new(7);

    /// <summary>The next draw.</summary>
    public double Next() => random.NextDouble();
}
