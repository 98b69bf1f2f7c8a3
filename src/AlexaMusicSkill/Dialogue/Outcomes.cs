using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue;

/// <summary>The outcome record of a conversation ending on this turn (callers add what was accepted, or why not).</summary>
internal static class Outcomes
{
    public static OutcomeRecord Of(TurnInput input, DialogueState state, string outcome) => new()
    {
        RequestId = input.RequestId,
        ConversationId = state.ConversationId,
        UserKey = input.UserKey,
        Timestamp = input.Now,
        Arm = state.Arm,
        PolicyVersion = state.PolicyVersion,
        Outcome = outcome,
        Turns = state.Turn,
        FinalInput = input.Meaning,
    };
}
