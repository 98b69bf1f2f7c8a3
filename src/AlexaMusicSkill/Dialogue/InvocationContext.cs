namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// What a host knows about one invocation: its id and the moment Alexa stops waiting. Every storage call and retry
/// is bounded by <see cref="Deadline"/> so a valid answer always leaves in time.
/// </summary>
public sealed record InvocationContext(string InvocationId, DateTimeOffset Deadline)
{
    public string? FunctionArn { get; init; }

    public string? TraceId { get; init; }

    public TimeSpan RemainingTime(TimeProvider clock) => Deadline - clock.GetUtcNow();
}
