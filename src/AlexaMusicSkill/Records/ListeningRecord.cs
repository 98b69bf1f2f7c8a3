namespace AlexaMusicSkill.Records;

/// <summary>Listening evidence after acceptance: how long one track played before it stopped or finished.</summary>
public sealed record ListeningRecord : LogRecord
{
    public required string TrackId { get; init; }

    public required string StationId { get; init; }

    public required double Seconds { get; init; }

    /// <summary>stopped, finished or failed.</summary>
    public required string Event { get; init; }
}
