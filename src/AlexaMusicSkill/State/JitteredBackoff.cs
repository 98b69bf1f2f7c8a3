using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.State;

/// <summary>
/// Exponential backoff with full jitter (a uniform wait up to a cap that doubles per attempt, up to a ceiling): racing
/// retries spread out instead of hammering in lock step. Used for lost conditional writes and for throttled or failed
/// storage calls; every wait is bounded by the caller's token (the turn's remaining time).
/// </summary>
public sealed class JitteredBackoff(TimeSpan first, int maxDoublings, IRandomSource? random = null)
{
    private readonly IRandomSource _random = random ?? SharedRandomSource.Instance;

    /// <summary>The wait before retry number <paramref name="attempt"/> (0-based): uniform in [0, first · 2^min(attempt, maxDoublings)).</summary>
    public TimeSpan DelayFor(int attempt) =>
        TimeSpan.FromMilliseconds(_random.NextDouble() * first.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, maxDoublings)));

    /// <exception cref="OperationCanceledException">The budget ran out while waiting.</exception>
    public Task WaitAsync(int attempt, TimeProvider clock, CancellationToken budget) => Task.Delay(DelayFor(attempt), clock, budget);
}
