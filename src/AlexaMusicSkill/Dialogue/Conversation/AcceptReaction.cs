using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// "Yes": to an offered item it accepts it (its station starts); to the open question ("anything in mind?") it is
/// no answer yet, so we ask what they have in mind; anywhere else it is unclear and the policy decides again.
/// </summary>
internal sealed class AcceptReaction(TurnEnding ending) : IReaction
{
    public bool Handles(ConversationTurn turn) => turn.Act == UserAct.Yes;

    public TurnEffects React(ConversationTurn turn)
    {
        if (turn.PendingItem is { } accepted)
        {
            return ending.AcceptAndPlay(turn.Input, turn.Snapshot, turn.State, accepted);
        }

        if (turn.Pending?.Type == ActionType.AskOpen)
        {
            var prompt = ending.Renderer.RenderReask("open_yes", turn.State, turn.Pending);
            return TurnEnding.AskAgain(turn.Input, turn.Snapshot, turn.State, prompt);
        }

        return ending.DecideAndAsk(turn.Input, turn.Snapshot, turn.State, Cue.Unclear);
    }
}
