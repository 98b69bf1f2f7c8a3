using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// One conversation read back from a decision log by <see cref="RecordLog"/>: its decisions by turn, its first outcome,
/// its listening records, who and which arm it was, and when the log showed it complete.
/// </summary>
public sealed record LoggedConversation
{
    public required string ConversationId { get; init; }

    /// <summary>By turn, then time, then log order (a second record for one turn is kept; rewards use the first).</summary>
    public required IReadOnlyList<DecisionRecord> Decisions { get; init; }

    /// <summary>The first by time (then log order); null when the log has none (still open, or expired).</summary>
    public OutcomeRecord? Outcome { get; init; }

    /// <summary>In log order.</summary>
    public IReadOnlyList<ListeningRecord> Listening { get; init; } = [];

    /// <summary>Of its first decision or outcome by time (of its first listening record when it has neither).</summary>
    public required string UserKey { get; init; }

    public required string Arm { get; init; }

    public required string PolicyVersion { get; init; }

    /// <summary>Its first decision or outcome (listening records' times when it has neither).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Its last decision or outcome: listening after acceptance does not make a conversation longer.</summary>
    public required DateTimeOffset LastTurnAt { get; init; }

    /// <summary>
    /// The newest timestamp read when the conversation was yielded: the "now" its expiry is judged at unless a caller
    /// fixes one. Without an outcome it is either the log's newest record (at the end) or more than the window past the
    /// conversation's records, so whether it expired is the same as judged at the log's newest record.
    /// </summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>How many records the log held before this conversation's first one (its place in log order).</summary>
    public required long Position { get; init; }

    /// <summary>
    /// Neither a decision nor an outcome: listening whose conversation is not in this log, or listening that arrived after
    /// its conversation had been yielded (playback resumed after a long pause), which callers totalling listening add to it.
    /// </summary>
    public bool ListeningOnly => Decisions.Count == 0 && Outcome is null;

    public bool Accepted => Outcome?.Outcome == OutcomeRecord.Accepted;

    public bool Exploring => Decisions.Count > 0 && Decisions[0].Exploring;
}
