namespace AlexaMusicSkill.Randomness;

/// <summary>
/// Thread-safe randomness for serving (exploration draws, conversation ids, retry jitter). The one place outside the
/// seeded family that draws from the runtime's generator: production needs no reproducibility, only independence.
/// </summary>
public sealed class SharedRandomSource : IRandomSource
{
    public static SharedRandomSource Instance { get; } = new();

    public double NextDouble() => Random.Shared.NextDouble();
}
