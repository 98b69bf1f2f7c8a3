using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue.Conversation;

/// <summary>
/// The ways a conversation turn ends, and the only place they are built: <see cref="DecideAndAsk"/> (a policy
/// decision, asked or played as a sample), <see cref="AcceptAndPlay"/> / <see cref="PlayWhatWasAsked"/> (music
/// starts, the conversation succeeds), <see cref="GiveUp"/> (nothing left to offer, or too many turns: politely, no
/// music), <see cref="Close"/> (the listener left), and <see cref="AskAgain"/> (an answer without a decision, the
/// pending prompt again). Every reaction ends its turn through one of these.
/// </summary>
internal sealed class TurnEnding(DialogueServices services)
{
    private readonly DecisionStep _decide = new(services);
    private readonly AcceptanceStep _accept = new(services);

    public PromptRenderer Renderer { get; } = services.Renderer;

    public TurnEffects DecideAndAsk(
        TurnInput input,
        UserSnapshot snapshot,
        DialogueState state,
        TurnCue cue,
        IReadOnlyList<LogRecord>? earlierRecords = null,
        Func<UserProfile, UserProfile>? profileUpdate = null)
    {
        if (state.Turn >= DialogueServices.MaxTurns)
        {
            return GiveUp(input, state, "max_turns", earlierRecords, profileUpdate);
        }

        var decision = _decide.Decide(input, state, snapshot.Profile, cue);
        if (decision is null)
        {
            return GiveUp(input, state, "no_candidates", earlierRecords, profileUpdate);
        }

        var response = ConversationResponses.Ask(input, decision.Prompt, decision.State, snapshot.StateVersion + 1);
        return new TurnEffects(response)
        {
            NewState = decision.State,
            ProfileUpdate = profileUpdate,
            Records = earlierRecords is null ? [decision.Record] : [.. earlierRecords, decision.Record],
            Account = new TurnAccount(decision.State.ConversationId, decision.Record.Turn, decision.Record.Chosen, decision.Record.Offered, null, false),
        };
    }

    /// <summary>The listener took what we offered (a sample, an artist, a station): its station starts.</summary>
    public TurnEffects AcceptAndPlay(TurnInput input, UserSnapshot snapshot, DialogueState state, ActionId offered) => offered.Type switch
    {
        ActionType.PlaySample => _accept.Accept(input, snapshot.Profile, state, new StationSeed(TrackId: offered.Args[0]), AcceptanceStep.ViaSample, offered.Args[0]),
        ActionType.SuggestArtist => _accept.Accept(input, snapshot.Profile, state, new StationSeed(ArtistId: offered.Args[0]), AcceptanceStep.ViaArtist, null),
        _ => _accept.Accept(input, snapshot.Profile, state, StationSeed.TryParse(offered.FirstArg) ?? new StationSeed(), AcceptanceStep.ViaStation, null),
    };

    /// <summary>The listener asked for music outright ("play some laid-back jazz"): a station from everything they said.</summary>
    public TurnEffects PlayWhatWasAsked(TurnInput input, UserSnapshot snapshot, DialogueState state)
    {
        var taste = state.Taste;
        var seed = new StationSeed(ArtistId: taste.ArtistId, Genre: taste.Genre, Mood: taste.Mood, Era: taste.Era, Activity: taste.Activity);
        return _accept.Accept(input, snapshot.Profile, state, seed, AcceptanceStep.ViaDirect, null);
    }

    /// <summary>The conversation ends without music: outcome record, state closed, the profile counts it.</summary>
    public TurnEffects Close(TurnInput input, DialogueState state, string reason, SkillResponse response, IReadOnlyList<LogRecord>? earlier = null, Func<UserProfile, UserProfile>? profileUpdate = null)
    {
        var closed = state with { Status = ConversationStatus.Abandoned, LastTurnAt = input.Now, LastAct = input.Meaning.Act };
        return new TurnEffects(response)
        {
            NewState = closed,
            ProfileUpdate = profile => (profileUpdate?.Invoke(profile) ?? profile) with { Conversations = profile.Conversations + 1 },
            Records = earlier is null ? [Abandoned(input, state, reason)] : [.. earlier, Abandoned(input, state, reason)],
            Account = new TurnAccount(state.ConversationId, state.Turn, null, null, OutcomeRecord.Abandoned, true),
        };
    }

    /// <summary>Nothing left to offer, or the conversation ran too long: say sorry and close, without music.</summary>
    public TurnEffects GiveUp(TurnInput input, DialogueState state, string reason, IReadOnlyList<LogRecord>? earlier = null, Func<UserProfile, UserProfile>? profileUpdate = null)
    {
        var prompt = Renderer.RenderWithPending("give_up", state, null, Tone.Disappointed());
        return Close(input, state, reason, ConversationResponses.Tell(input, prompt), earlier, profileUpdate);
    }

    /// <summary>No decision this turn: say <paramref name="prompt"/> and keep the microphone open; the pending prompt stays.</summary>
    public static TurnEffects AskAgain(TurnInput input, UserSnapshot snapshot, DialogueState state, RenderedPrompt prompt) =>
        new(ConversationResponses.Ask(input, prompt, state, snapshot.StateVersion + 1)) { NewState = Remember(state, prompt) };

    public static OutcomeRecord Abandoned(TurnInput input, DialogueState state, string reason) =>
        Outcomes.Of(input, state, OutcomeRecord.Abandoned) with { Reason = reason };

    /// <summary>A throwaway state for rendering when there is no conversation (phrasing choice needs an id).</summary>
    public static DialogueState Placeholder(TurnInput input) => new() { ConversationId = input.RequestId, LastTurnAt = input.Now };

    /// <summary>The state with this prompt's phrasings remembered, so the next turn says them differently.</summary>
    private static DialogueState Remember(DialogueState state, RenderedPrompt prompt) => state with
    {
        RecentPhrasings = prompt.PhrasingKeys.Aggregate(state.RecentPhrasings, (list, key) => Bounded.Append(list, key, DialogueState.MaxRecentPhrasings)),
    };
}
