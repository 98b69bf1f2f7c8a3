using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>A request we already applied (Lambda or Alexa retried it): say the pending prompt again, change nothing.</summary>
internal sealed class RetriedRequestReaction(PromptRenderer renderer) : IReaction
{
    public bool Handles(ConversationTurn turn) => turn.Snapshot.State is { } stored && stored.RecentRequestIds.Contains(turn.Input.RequestId);

    public TurnEffects React(ConversationTurn turn)
    {
        var state = turn.Snapshot.State!;
        if (!state.IsActive || ActionId.TryParse(state.Pending?.ActionId) is not { } pending)
        {
            return new TurnEffects(ConversationResponses.Tell(turn.Input, renderer.RenderWithPending("goodbye", state, null, Tone.Neutral)));
        }

        var prompt = renderer.RenderAction(pending, state, Delivery.Plain, sameWords: true);
        return new TurnEffects(ConversationResponses.Ask(turn.Input, prompt, state, turn.Snapshot.StateVersion));
    }
}
