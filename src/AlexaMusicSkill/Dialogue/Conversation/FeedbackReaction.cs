using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// The listener reacts to what we offered in their own words ("love it", "hmm ok", "too slow", "not that artist").
/// Read by its sentiment: the slot value's meaning when Alexa resolved one (its accept / reject thresholds are
/// curated), otherwise the scorer's, so feedback in the listener's own words still counts. Warm enough accepts the
/// item; negative enough rejects it (and its artist, when the words are about the artist); a complaint about energy
/// or era moves the taste; lukewarm anchors the search on the item.
/// </summary>
internal sealed class FeedbackReaction(TurnEnding ending, ICatalog catalog) : IReaction
{
    /// <summary>Feedback this warm that does not take the item still earns "Great! Here's more like that."</summary>
    private const double LikedAbove = 0.4;

    public bool Handles(ConversationTurn turn) => turn.Act == UserAct.Feedback;

    public TurnEffects React(ConversationTurn turn)
    {
        var (input, snapshot, state, sentiment) = (turn.Input, turn.Snapshot, turn.State, turn.Sentiment);
        if (!sentiment.IsKnown)
        {
            return ending.DecideAndAsk(input, snapshot, state, Cue.Unclear);
        }

        var value = FeedbackVocabulary.Find(input.Meaning.Feedback);
        var accepts = value?.Accepts ?? sentiment.Value >= SentimentScorer.AcceptAbove;
        var rejects = value?.Rejects ?? sentiment.Value < SentimentScorer.RejectBelow;
        var offered = turn.PendingItem is { Type: ActionType.PlaySample } s ? catalog.FindTrack(s.Args[0]) : null;
        var complaint = new TurnCue(Cue.Complained, sentiment.Shift);
        if (turn.PendingItem is { } item && accepts)
        {
            return ending.AcceptAndPlay(input, snapshot, state, item);
        }

        if (turn.PendingItem is { } disliked && rejects)
        {
            var (rejected, update) = Rejections.Reject(state, disliked, catalog, artistToo: value?.AboutArtist == true);
            rejected = rejected with { Taste = TasteUpdates.Shift(rejected.Taste, sentiment.Shift, offered) };

            // "Too slow" is about energy here and now, not the track for good: the profile keeps no grudge.
            return sentiment.Shift == ConstraintShift.None
                ? ending.DecideAndAsk(input, snapshot, rejected, Cue.Missed, profileUpdate: update)
                : ending.DecideAndAsk(input, snapshot, rejected, complaint);
        }

        // Lukewarm or warm ("hmm, ok", "i like it"): close. Anchor on it so what comes next stays near.
        state = state with { Taste = TasteUpdates.Shift(state.Taste, sentiment.Shift, offered) };
        if (offered is not null)
        {
            state = state with { Taste = state.Taste with { SeedTrackId = offered.Id } };
        }

        var cue = sentiment.Shift != ConstraintShift.None ? complaint
            : sentiment.Value >= LikedAbove ? new TurnCue(Cue.Liked)
            : rejects ? new TurnCue(Cue.Missed)
            : new TurnCue(Cue.Lukewarm);
        return ending.DecideAndAsk(input, snapshot, state, cue);
    }
}
