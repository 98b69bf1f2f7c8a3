using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Dialogue.State;
using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// Reactions inside a live conversation, read against what we last asked or offered: answers narrow the search,
/// yes or warm feedback to an item accepts it, no / something else / negative feedback rejects it (it never comes
/// back), "more like this" anchors on it, and help, repeat, fallbacks and player commands re-ask without a decision.
/// </summary>
internal sealed class ConversationReplies(DialogueServices services, ConversationSteps steps)
{
    /// <summary>Fallbacks in a row before we stop re-asking and move on with a different action.</summary>
    private const int FallbacksBeforeMovingOn = 2;

    public TurnEffects Continue(TurnInput input, UserSnapshot snapshot, DialogueState live)
    {
        var meaning = input.Meaning;
        var state = live with
        {
            LastTurnAt = input.Now,
            LastAct = meaning.Act,
            RecentRequestIds = Bounded.Append(live.RecentRequestIds, input.RequestId, 12),
            Understanding = Math.Round((0.6 * live.Understanding) + (0.4 * meaning.Confidence), 4),
            FallbackStreak = meaning.Act == UserAct.Fallback ? live.FallbackStreak + 1 : 0,
        };
        var pending = ActionId.TryParse(state.Pending?.ActionId);
        var pendingItem = pending is { } p && p.Type.IsItem() ? pending : null;

        switch (meaning.Act)
        {
            case UserAct.Answer or UserAct.FindMusic or UserAct.PlayRequest:
                if (!meaning.HasAttributes)
                {
                    return steps.DecideAndAsk(input, snapshot, state, "ack_unclear", Tone.Neutral);
                }

                state = state with { Taste = TasteUpdates.With(state.Taste, meaning) };
                return meaning.Act == UserAct.PlayRequest
                    ? steps.AcceptDirect(input, state)
                    : steps.DecideAndAsk(input, snapshot, state, "ack_answer", Tone.Neutral);

            case UserAct.Yes:
                if (pendingItem is { } accepted)
                {
                    return steps.Accept(input, state, accepted);
                }

                if (pending?.Type == ActionType.AskOpen)
                {
                    return Reask(input, snapshot, state, "Great, what would you like? You can say a mood, a genre, an artist, a decade, or what you're doing.", null);
                }

                return steps.DecideAndAsk(input, snapshot, state, "ack_unclear", Tone.Neutral);

            case UserAct.No:
                if (pendingItem is { } declined)
                {
                    var (rejected, update) = Reject(state, declined);
                    return steps.DecideAndAsk(input, snapshot, rejected, "ack_reject", Tone.Neutral, profileUpdate: update);
                }

                if (pending is { Type: ActionType.AskGenre } genres)
                {
                    state = state with { Taste = state.Taste with { RejectedGenres = [.. state.Taste.RejectedGenres, .. genres.Args] } };
                    return steps.DecideAndAsk(input, snapshot, state, "ack_reject", Tone.Neutral);
                }

                return steps.DecideAndAsk(input, snapshot, state, "ack_answer", Tone.Neutral);

            case UserAct.Feedback:
                return OnFeedback(input, snapshot, state, pendingItem);

            case UserAct.SomethingElse or UserAct.Next:
                if (pendingItem is { } skipped)
                {
                    var (rejected, update) = Reject(state, skipped);
                    return steps.DecideAndAsk(input, snapshot, rejected, "ack_reject", Tone.Neutral, profileUpdate: update);
                }

                return steps.DecideAndAsk(input, snapshot, state, "ack_reject", Tone.Neutral);

            case UserAct.MoreLikeThis:
                var anchor = pendingItem is { Type: ActionType.PlaySample } sample ? sample.Args[0] : LastSample(state) ?? state.Taste.SeedTrackId;
                state = anchor is null ? state : state with { Taste = state.Taste with { SeedTrackId = anchor } };
                return steps.DecideAndAsk(input, snapshot, state, "ack_answer", Tone.Neutral);

            case UserAct.StartOver:
                state = state with { Taste = Music.Matching.TasteConstraints.None, Asked = new QuestionCounts() };
                return steps.DecideAndAsk(input, snapshot, state, "ack_restart", Tone.Neutral);

            case UserAct.Help:
                return Reask(input, snapshot, state,
                    "I'm helping you find music. You can tell me a mood, like laid back or upbeat, a genre, like jazz, a decade, like the eighties, an artist, or what you're doing, like working out. When you hear a sample, say yes if you like it, or ask for something else.",
                    pending);

            case UserAct.Repeat when pending is { } again:
                var prompt = services.Renderer.RenderAction(again, state, null, Tone.Neutral);
                return new TurnEffects(ConversationResponses.Ask(input, prompt, state, snapshot.StateVersion + 1)) { NewState = state };

            case UserAct.WhatsPlaying:
                var said = pendingItem is { Type: ActionType.PlaySample } current && services.Catalog.FindTrack(current.Args[0]) is { } track
                    ? $"That was {track.Title} by {SpokenNames.ArtistName(track.ArtistId, services.Catalog)}."
                    : "Nothing is playing yet; we're still choosing.";
                return Reask(input, snapshot, state, said, pending);

            case UserAct.Fallback or UserAct.Repeat when state.FallbackStreak < FallbacksBeforeMovingOn && pending is not null:
                var unclear = services.Renderer.RenderWithPending("unclear", state, services.Renderer.RenderAction(pending.Value, state, null, Tone.Neutral), Tone.Neutral);
                return new TurnEffects(ConversationResponses.Ask(input, unclear, state, snapshot.StateVersion + 1)) { NewState = state with { RecentPhrasings = Remember(state, unclear) } };

            case UserAct.Fallback:
                return steps.DecideAndAsk(input, snapshot, state, "ack_unclear", Tone.Neutral);

            default:
                // Player commands before anything plays (pause, loop, shuffle, previous, resume…).
                return Reask(input, snapshot, state, "Let's pick something to play first.", pending);
        }
    }

    private TurnEffects OnFeedback(TurnInput input, UserSnapshot snapshot, DialogueState state, ActionId? pendingItem)
    {
        var value = FeedbackVocabulary.Find(input.Meaning.Feedback);
        if (value is null)
        {
            return steps.DecideAndAsk(input, snapshot, state, "ack_unclear", Tone.Neutral);
        }

        state = state with { Sentiments = Bounded.Append(state.Sentiments, value.Valence, 8) };
        var offered = pendingItem is { Type: ActionType.PlaySample } s ? services.Catalog.FindTrack(s.Args[0]) : null;
        if (pendingItem is { } item && value.Accepts)
        {
            return steps.Accept(input, state, item);
        }

        if (pendingItem is { } disliked && value.Rejects)
        {
            var (rejected, update) = Reject(state, disliked);
            rejected = rejected with { Taste = TasteUpdates.Shift(rejected.Taste, value.Shift, offered) };
            return steps.DecideAndAsk(input, snapshot, rejected, "ack_reject", Tone.Neutral, profileUpdate: update);
        }

        // Lukewarm ("hmm, ok"): close but not quite. Anchor on it so what comes next stays near.
        state = state with { Taste = TasteUpdates.Shift(state.Taste, value.Shift, offered) };
        if (offered is not null)
        {
            state = state with { Taste = state.Taste with { SeedTrackId = offered.Id } };
        }

        return steps.DecideAndAsk(input, snapshot, state, "ack_lukewarm", Tone.Neutral);
    }

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
    private TurnEffects Reask(TurnInput input, UserSnapshot snapshot, DialogueState state, string sentence, ActionId? pending)
    {
        var pendingPrompt = pending is { } p ? services.Renderer.RenderAction(p, state, null, Tone.Neutral) : null;
        var prompt = PromptRenderer.RenderFixed(sentence, pendingPrompt);
        return new TurnEffects(ConversationResponses.Ask(input, prompt, state, snapshot.StateVersion + 1)) { NewState = state };
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

    private static IReadOnlyList<string> Remember(DialogueState state, RenderedPrompt prompt) =>
        prompt.PhrasingKeys.Aggregate(state.RecentPhrasings, (list, key) => Bounded.Append(list, key, 6));
}
