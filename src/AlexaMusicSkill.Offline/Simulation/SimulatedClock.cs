namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// Simulated time for one worker: set per listener and advanced per reply, so record timestamps depend on the seed
/// only, never on the machine or on how conversations were spread over threads. Timers stay on real time (the
/// engine's per-turn budget is seconds, and a simulated turn takes microseconds).
/// </summary>
public sealed class SimulatedClock : TimeProvider
{
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = Epoch;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}
