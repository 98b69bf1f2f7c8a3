using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// The listener takes the lead: a direct request with attributes plays at once ("play some upbeat eighties pop"),
/// "more like this" anchors the search on the last sample, "start over" forgets the taste gathered so far (but not
/// what was turned down).
/// </summary>
internal sealed class LeadReaction(TurnEnding ending) : IReaction
{
    public bool Handles(ConversationTurn turn) =>
        (turn.Act == UserAct.PlayRequest && turn.Meaning.HasAttributes) || turn.Act is UserAct.MoreLikeThis or UserAct.StartOver;

    public TurnEffects React(ConversationTurn turn)
    {
        var state = turn.State;
        switch (turn.Act)
        {
            case UserAct.PlayRequest:
                state = state with { Taste = TasteUpdates.With(state.Taste, turn.Meaning) };
                return ending.PlayWhatWasAsked(turn.Input, turn.Snapshot, state);

            case UserAct.MoreLikeThis:
                var anchor = turn.PendingItem is { Type: ActionType.PlaySample } sample ? sample.Args[0] : LastSample(state) ?? state.Taste.SeedTrackId;
                state = anchor is null ? state : state with { Taste = state.Taste with { SeedTrackId = anchor } };
                return ending.DecideAndAsk(turn.Input, turn.Snapshot, state, Cue.Liked);

            default:
                state = state with { Taste = TasteConstraints.None, Asked = new QuestionCounts() };
                return ending.DecideAndAsk(turn.Input, turn.Snapshot, state, Cue.Restarted);
        }
    }

    /// <summary>The last sample offered that was not turned down (a rejected one is never an anchor).</summary>
    private static string? LastSample(DialogueState state)
    {
        for (var i = state.Offered.Count - 1; i >= 0; i--)
        {
            var key = state.Offered[i];
            if (OfferKeys.IsTrack(key) && !state.Rejected.Contains(key))
            {
                return key;
            }
        }

        return null;
    }
}
