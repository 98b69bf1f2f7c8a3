using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>One conversation read back from a decision log: its decisions in turn order and its outcome (if any).</summary>
public sealed record LoggedConversation(string ConversationId, IReadOnlyList<DecisionRecord> Decisions, OutcomeRecord? Outcome)
{
    public bool Accepted => Outcome?.Outcome == OutcomeRecord.Accepted;

    public bool Exploring => Decisions.Count > 0 && Decisions[0].Exploring;

    /// <summary>Its records, as the rewards module reads them.</summary>
    public IEnumerable<LogRecord> Records() => Outcome is null ? Decisions : [.. Decisions, Outcome];
}
