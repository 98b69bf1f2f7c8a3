using AlexaMusicSkill.Logging.Records;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>One conversation read back from a decision log: its decisions in turn order and its outcome (if any).</summary>
public sealed record LoggedConversation(string ConversationId, IReadOnlyList<DecisionRecord> Decisions, OutcomeRecord? Outcome)
{
    public bool Accepted => Outcome?.Outcome == OutcomeRecord.Accepted;

    public bool Exploring => Decisions.Count > 0 && Decisions[0].Exploring;

    /// <summary>The reply to decision <paramref name="turn"/>: the next decision's input, or the outcome's final input.</summary>
    public Understanding.UserMeaning? ReplyTo(int turn) =>
        turn + 1 < Decisions.Count ? Decisions[turn + 1].Input : Outcome?.FinalInput;
}
