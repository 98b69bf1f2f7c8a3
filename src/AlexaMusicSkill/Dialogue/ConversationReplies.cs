using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// Reactions inside a live conversation, read against what we last asked or offered: answers narrow the search,
/// yes or warm feedback to an item accepts it, no / something else / negative feedback rejects it (it never comes
/// back), "more like this" anchors on it, and help, repeat, fallbacks and player commands re-ask without a decision.
/// Every reaction's sentiment and the goal closeness are updated first; the <see cref="TurnCue"/> handed to the
/// decision says what the reply answers (a like, a miss, a complaint), and <see cref="ToneRules"/> turns it into words.
/// </summary>
internal sealed class ConversationReplies(DialogueServices services, ConversationSteps steps)
{
    /// <summary>Fallbacks in a row before we stop re-asking and move on with a different action.</summary>
    private const int FallbacksBeforeMovingOn = 2;

    /// <summary>Reactions kept for the closeness estimate (older ones weigh almost nothing by then).</summary>
    private const int MaxSentiments = 8;

    /// <summary>Feedback this warm that does not take the item still earns "Great! Here's more like that."</summary>
    private const double LikedAbove = 0.4;

    public TurnEffects Continue(TurnInput input, UserSnapshot snapshot, DialogueState live)
    {
        var meaning = input.Meaning;
        var pending = ActionId.TryParse(live.Pending?.ActionId);
        var pendingItem = pending is { } p && p.Type.IsItem() ? pending : null;
        var reaction = Reaction(meaning, pending, pendingItem);
        var state = live with
        {
            LastTurnAt = input.Now,
            LastAct = meaning.Act,
            RecentRequestIds = Bounded.Append(live.RecentRequestIds, input.RequestId, 12),
            Understanding = Math.Round((0.6 * live.Understanding) + (0.4 * HeardConfidence(meaning)), 4),
            FallbackStreak = meaning.Act == UserAct.Fallback ? live.FallbackStreak + 1 : 0,
            Sentiments = reaction.IsKnown ? Bounded.Append(live.Sentiments, reaction.Value, MaxSentiments) : live.Sentiments,
        };

        // Every turn moves closeness, decision or not; a decision re-estimates it with its own candidates.
        state = state with { Closeness = GoalCloseness.Estimate(state.Sentiments, state.Understanding, state.FallbackStreak, state.MatchConfidence) };

        switch (meaning.Act)
        {
            case UserAct.Answer or UserAct.FindMusic or UserAct.PlayRequest:
                if (!meaning.HasAttributes)
                {
                    // "Help me find music" again is the goal restated, not a failure; an unresolved answer is unclear.
                    var cue = meaning.Act == UserAct.FindMusic && meaning.ErStatus != ErStatuses.NoMatch ? Cue.Acknowledged : Cue.Unclear;
                    return steps.DecideAndAsk(input, snapshot, state, cue);
                }

                state = state with { Taste = TasteUpdates.With(state.Taste, meaning) };
                return meaning.Act == UserAct.PlayRequest
                    ? steps.AcceptDirect(input, state)
                    : steps.DecideAndAsk(input, snapshot, state, Cue.Answered);

            case UserAct.Yes:
                if (pendingItem is { } accepted)
                {
                    return steps.Accept(input, state, accepted);
                }

                if (pending?.Type == ActionType.AskOpen)
                {
                    return Reask(input, snapshot, state, "open_yes", null);
                }

                return steps.DecideAndAsk(input, snapshot, state, Cue.Unclear);

            case UserAct.No:
                if (pendingItem is { } declined)
                {
                    var (rejected, update) = Reject(state, declined);
                    return steps.DecideAndAsk(input, snapshot, rejected, Cue.Missed, profileUpdate: update);
                }

                if (pending is { Type: ActionType.AskGenre } genres)
                {
                    state = state with { Taste = state.Taste with { RejectedGenres = [.. state.Taste.RejectedGenres, .. genres.Args] } };
                    return steps.DecideAndAsk(input, snapshot, state, Cue.Missed);
                }

                // "No idea", "no preference": nothing learned, nothing missed.
                return steps.DecideAndAsk(input, snapshot, state, Cue.Acknowledged);

            case UserAct.Feedback:
                return OnFeedback(input, snapshot, state, pendingItem, reaction);

            case UserAct.SomethingElse or UserAct.Next:
                if (pendingItem is { } skipped)
                {
                    var (rejected, update) = Reject(state, skipped);
                    return steps.DecideAndAsk(input, snapshot, rejected, Cue.Missed, profileUpdate: update);
                }

                return steps.DecideAndAsk(input, snapshot, state, Cue.Missed);

            case UserAct.MoreLikeThis:
                var anchor = pendingItem is { Type: ActionType.PlaySample } sample ? sample.Args[0] : LastSample(state) ?? state.Taste.SeedTrackId;
                state = anchor is null ? state : state with { Taste = state.Taste with { SeedTrackId = anchor } };
                return steps.DecideAndAsk(input, snapshot, state, Cue.Liked);

            case UserAct.StartOver:
                state = state with { Taste = Music.Matching.TasteConstraints.None, Asked = new QuestionCounts() };
                return steps.DecideAndAsk(input, snapshot, state, Cue.Restarted);

            case UserAct.Help:
                return Reask(input, snapshot, state, "help", pending);

            case UserAct.Repeat when pending is { } again:
                var prompt = services.Renderer.RenderAction(again, state, Delivery.Plain);
                return new TurnEffects(ConversationResponses.Ask(input, prompt, state, snapshot.StateVersion + 1)) { NewState = Remember(state, prompt) };

            case UserAct.WhatsPlaying:
                return pendingItem is { Type: ActionType.PlaySample } current && services.Catalog.FindTrack(current.Args[0]) is { } track
                    ? Reask(input, snapshot, state, "whats_playing", pending, track.Title, SpokenNames.ArtistName(track.ArtistId, services.Catalog))
                    : Reask(input, snapshot, state, "nothing_playing", pending);

            case UserAct.Fallback or UserAct.Repeat when state.FallbackStreak < FallbacksBeforeMovingOn && pending is not null:
                var unclear = services.Renderer.RenderWithPending("unclear", state, services.Renderer.RenderAction(pending.Value, state, Delivery.Plain), Tone.Neutral);
                return new TurnEffects(ConversationResponses.Ask(input, unclear, state, snapshot.StateVersion + 1)) { NewState = Remember(state, unclear) };

            case UserAct.Fallback:
                return steps.DecideAndAsk(input, snapshot, state, Cue.Unclear);

            default:
                // Player commands before anything plays (pause, loop, shuffle, previous, resume…).
                return Reask(input, snapshot, state, "play_first", pending);
        }
    }

    /// <summary>
    /// Reads a reaction by its sentiment: the slot value's meaning when Alexa resolved one (its accept / reject
    /// thresholds are curated), otherwise the scorer's, so feedback in the listener's own words still counts.
    /// </summary>
    private TurnEffects OnFeedback(TurnInput input, UserSnapshot snapshot, DialogueState state, ActionId? pendingItem, SentimentScore sentiment)
    {
        if (!sentiment.IsKnown)
        {
            return steps.DecideAndAsk(input, snapshot, state, Cue.Unclear);
        }

        var value = FeedbackVocabulary.Find(input.Meaning.Feedback);
        var accepts = value?.Accepts ?? sentiment.Value >= SentimentScorer.AcceptAbove;
        var rejects = value?.Rejects ?? sentiment.Value < SentimentScorer.RejectBelow;
        var offered = pendingItem is { Type: ActionType.PlaySample } s ? services.Catalog.FindTrack(s.Args[0]) : null;
        var complaint = new TurnCue(Cue.Complained, sentiment.Shift);
        if (pendingItem is { } item && accepts)
        {
            return steps.Accept(input, state, item);
        }

        if (pendingItem is { } disliked && rejects)
        {
            var (rejected, update) = Reject(state, disliked);
            rejected = rejected with { Taste = TasteUpdates.Shift(rejected.Taste, sentiment.Shift, offered) };

            // "Too slow" is about energy here and now, not the track for good: the profile keeps no grudge.
            return sentiment.Shift == ConstraintShift.None
                ? steps.DecideAndAsk(input, snapshot, rejected, Cue.Missed, profileUpdate: update)
                : steps.DecideAndAsk(input, snapshot, rejected, complaint);
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
        return steps.DecideAndAsk(input, snapshot, state, cue);
    }

    /// <summary>
    /// The sentiment this input carries: feedback by its words and slot value; yes, no and skips mildly, but only as
    /// replies to something we offered (an item, or a genre pair for "no"); "more like this" always. Answers to a
    /// question ("no idea") carry none.
    /// </summary>
    private static SentimentScore Reaction(UserMeaning meaning, ActionId? pending, ActionId? pendingItem) => meaning.Act switch
    {
        UserAct.Feedback => SentimentScorer.Score(meaning.Feedback, meaning.HeardFeedbackWords),
        UserAct.MoreLikeThis => ActSentiment.Of(meaning.Act),
        UserAct.Yes or UserAct.SomethingElse or UserAct.Next when pendingItem is not null => ActSentiment.Of(meaning.Act),
        UserAct.No when pendingItem is not null || pending?.Type == ActionType.AskGenre => ActSentiment.Of(meaning.Act),
        _ => SentimentScore.Unknown,
    };

    /// <summary>Asking us to repeat, or for help, is a reprompt in disguise: we were not as clear as we hoped.</summary>
    private static double HeardConfidence(UserMeaning meaning) => meaning.Act switch
    {
        UserAct.Repeat => Math.Min(meaning.Confidence, 0.6),
        UserAct.Help => Math.Min(meaning.Confidence, 0.8),
        _ => meaning.Confidence,
    };

    /// <summary>Turns an offered item down for the rest of the conversation (and a sample for good, in the profile).</summary>
    private static (DialogueState State, Func<UserProfile, UserProfile>? ProfileUpdate) Reject(DialogueState state, ActionId item)
    {
        var key = item.Type switch
        {
            ActionType.PlaySample => OfferKeys.Track(item.Args[0]),
            ActionType.SuggestArtist => OfferKeys.Artist(item.Args[0]),
            _ => OfferKeys.Station(item.Args[0]),
        };
        var rejected = state with
        {
            Rejected = Bounded.AppendDistinct(state.Rejected, key, DialogueState.MaxRememberedItems),
            Rejections = state.Rejections + 1,
            Pending = null,
            Taste = state.Taste.SeedTrackId == item.FirstArg ? state.Taste with { SeedTrackId = null } : state.Taste,
        };
        Func<UserProfile, UserProfile>? update = item.Type == ActionType.PlaySample
            ? profile => profile with { Rejected = Bounded.AppendDistinct(profile.Rejected, item.Args[0], UserProfile.MaxRejected) }
            : null;
        return (rejected, update);
    }

    /// <summary>Answers without a new decision, then asks the pending question again (its short, audio-free form).</summary>
    private TurnEffects Reask(TurnInput input, UserSnapshot snapshot, DialogueState state, string family, ActionId? pending, params object[] args)
    {
        var prompt = services.Renderer.RenderReask(family, state, pending, args);
        return new TurnEffects(ConversationResponses.Ask(input, prompt, state, snapshot.StateVersion + 1)) { NewState = Remember(state, prompt) };
    }

    private static string? LastSample(DialogueState state)
    {
        for (var i = state.Offered.Count - 1; i >= 0; i--)
        {
            if (!state.Offered[i].Contains(':', StringComparison.Ordinal))
            {
                return state.Offered[i];
            }
        }

        return null;
    }

    /// <summary>The state with this prompt's phrasings remembered, so the next turn says them differently.</summary>
    private static DialogueState Remember(DialogueState state, RenderedPrompt prompt) => state with
    {
        RecentPhrasings = prompt.PhrasingKeys.Aggregate(state.RecentPhrasings, (list, key) => Bounded.Append(list, key, DialogueState.MaxRecentPhrasings)),
    };
}
