using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// The listener answers ("jazz", "the nineties", "something laid back") or restates the goal ("help me find music"):
/// what they named narrows the search, and the policy decides what to ask or play next.
/// </summary>
internal sealed class AnswerReaction(TurnEnding ending) : IReaction
{
    public bool Handles(ConversationTurn turn) =>
        turn.Act is UserAct.Answer or UserAct.FindMusic || (turn.Act == UserAct.PlayRequest && !turn.Meaning.HasAttributes);

    public TurnEffects React(ConversationTurn turn)
    {
        var meaning = turn.Meaning;
        if (!meaning.HasAttributes)
        {
            // "Help me find music" again is the goal restated, not a failure; an unresolved answer is unclear.
            var cue = meaning.Act == UserAct.FindMusic && meaning.ErStatus != ErStatuses.NoMatch ? Cue.Acknowledged : Cue.Unclear;
            return ending.DecideAndAsk(turn.Input, turn.Snapshot, turn.State, cue);
        }

        var state = turn.State with { Taste = TasteUpdates.With(turn.State.Taste, meaning) };
        return ending.DecideAndAsk(turn.Input, turn.Snapshot, state, Cue.Answered);
    }
}
