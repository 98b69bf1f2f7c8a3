namespace AlexaMusicSkill.Policy;

/// <summary>Randomness behind a port, so exploration is seeded and testable.</summary>
public interface IRandomSource
{
    /// <summary>A uniform draw in [0, 1).</summary>
    double NextDouble();
}

/// <summary>Thread-safe randomness for serving.</summary>
public sealed class SharedRandomSource : IRandomSource
{
    public static SharedRandomSource Instance { get; } = new();

    public double NextDouble() => Random.Shared.NextDouble();
}

/// <summary>Seeded randomness for tests and the simulator (not thread-safe: one per simulated run).</summary>
public sealed class SeededRandomSource(int seed) : IRandomSource
{
    private readonly Random _random = new(seed);

    public double NextDouble() => _random.NextDouble();
}
