using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// "No", "something else", "next": an offered item is turned down for the rest of the conversation
/// (<see cref="Rejections"/>); "no" to a genre pair turns both genres down; "no" to a question ("no idea") teaches
/// nothing and misses nothing. Then the policy decides again.
/// </summary>
internal sealed class RejectReaction(TurnEnding ending, ICatalog catalog) : IReaction
{
    public bool Handles(ConversationTurn turn) => turn.Act is UserAct.No or UserAct.SomethingElse or UserAct.Next;

    public TurnEffects React(ConversationTurn turn)
    {
        var state = turn.State;
        if (turn.PendingItem is { } declined)
        {
            var (rejected, update) = Rejections.Reject(state, declined, catalog);
            return ending.DecideAndAsk(turn.Input, turn.Snapshot, rejected, Cue.Missed, profileUpdate: update);
        }

        if (turn.Act != UserAct.No)
        {
            return ending.DecideAndAsk(turn.Input, turn.Snapshot, state, Cue.Missed);
        }

        if (turn.Pending is { Type: ActionType.AskGenre } genres)
        {
            state = state with { Taste = state.Taste with { RejectedGenres = [.. state.Taste.RejectedGenres, .. genres.Args] } };
            return ending.DecideAndAsk(turn.Input, turn.Snapshot, state, Cue.Missed);
        }

        // "No idea", "no preference": nothing learned, nothing missed.
        return ending.DecideAndAsk(turn.Input, turn.Snapshot, state, Cue.Acknowledged);
    }
}
