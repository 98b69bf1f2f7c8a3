using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// Everything that needs no new decision: help, "repeat that", "what's playing?", a reply we did not understand
/// (re-asked twice, then we move on with a different action), and player commands before anything plays
/// (pause, loop, shuffle…). The last reaction in the list: it takes whatever the others did not.
/// </summary>
internal sealed class RepairReaction(TurnEnding ending, ICatalog catalog) : IReaction
{
    /// <summary>Fallbacks in a row before we stop re-asking and move on with a different action.</summary>
    private const int FallbacksBeforeMovingOn = 2;

    public bool Handles(ConversationTurn turn) => true;

    public TurnEffects React(ConversationTurn turn)
    {
        var (state, pending, renderer) = (turn.State, turn.Pending, ending.Renderer);
        switch (turn.Act)
        {
            case UserAct.Help:
                return Reask(turn, "help");

            case UserAct.Repeat when pending is { } again:
                return TurnEnding.AskAgain(turn.Input, turn.Snapshot, state, renderer.RenderAction(again, state, Delivery.Plain));

            case UserAct.WhatsPlaying:
                return turn.PendingItem is { Type: Policy.ActionType.PlaySample } current && catalog.FindTrack(current.Args[0]) is { } track
                    ? Reask(turn, "whats_playing", track.Title, SpokenNames.ArtistName(track.ArtistId, catalog))
                    : Reask(turn, "nothing_playing");

            case UserAct.Fallback or UserAct.Repeat when state.FallbackStreak < FallbacksBeforeMovingOn && pending is not null:
                var unclear = renderer.RenderWithPending("unclear", state, renderer.RenderAction(pending.Value, state, Delivery.Plain), Tone.Neutral);
                return TurnEnding.AskAgain(turn.Input, turn.Snapshot, state, unclear);

            case UserAct.Fallback:
                return ending.DecideAndAsk(turn.Input, turn.Snapshot, state, Cue.Unclear);

            default:
                // Player commands before anything plays (pause, loop, shuffle, previous, resume…).
                return Reask(turn, "play_first");
        }
    }

    /// <summary>Answers without a new decision, then asks the pending question again (its short, audio-free form).</summary>
    private TurnEffects Reask(ConversationTurn turn, string family, params object[] args) =>
        TurnEnding.AskAgain(turn.Input, turn.Snapshot, turn.State, ending.Renderer.RenderReask(family, turn.State, turn.Pending, args));
}
