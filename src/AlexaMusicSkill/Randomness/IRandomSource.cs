namespace AlexaMusicSkill.Randomness;

/// <summary>Randomness behind a port, so exploration, jitter and simulation are seeded and testable.</summary>
public interface IRandomSource
{
    /// <summary>A uniform draw in [0, 1).</summary>
    double NextDouble();
}
