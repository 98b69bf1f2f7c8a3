namespace AlexaMusicSkill.Offline.Reports;

/// <summary>One conversation as the report sees it: arm, how it ended, how long it took, what the policy chose.</summary>
public sealed record ConversationSummary
{
    public required string ConversationId { get; init; }

    public required string UserKey { get; init; }

    public required string Arm { get; init; }

    public required string PolicyVersion { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The last decision or outcome (listening after acceptance does not keep a conversation open).</summary>
    public required DateTimeOffset LastTurnAt { get; init; }

    public required ObservedOutcome Status { get; init; }

    /// <summary>Decisions made (the outcome's count, or the decisions seen when there is no outcome).</summary>
    public required int Turns { get; init; }

    /// <summary>Seconds listened after acceptance (the outcome's figure, else the sum of listening records); 0 when none.</summary>
    public double ListeningSeconds { get; init; }

    public bool Exploring { get; init; }

    /// <summary>Chosen action types in decision order (ask_open, ask_mood, ask_genre, ask_era, play_sample, suggest_artist, offer_station).</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    public bool IsCompleted => Status != ObservedOutcome.Open;

    public bool IsSuccess => Status == ObservedOutcome.Accepted;
}
