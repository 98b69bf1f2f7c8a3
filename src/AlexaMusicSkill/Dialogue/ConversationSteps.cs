using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue;

/// <summary>The building blocks every conversation turn ends in: decide and ask, accept, abandon, replay.</summary>
internal sealed class ConversationSteps(DialogueServices services)
{
    private readonly DecisionStep _decide = new(services);
    private readonly AcceptanceStep _accept = new(services);

    public DecisionStep Decisions => _decide;

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

    public TurnEffects Accept(TurnInput input, DialogueState state, ActionId pending)
    {
        return pending.Type switch
        {
            ActionType.PlaySample => _accept.Accept(input, state, new StationSeed(TrackId: pending.Args[0]), AcceptanceStep.ViaSample, pending.Args[0]),
            ActionType.SuggestArtist => _accept.Accept(input, state, new StationSeed(ArtistId: pending.Args[0]), AcceptanceStep.ViaArtist, null),
            _ => _accept.Accept(input, state, StationSeed.TryParse(pending.FirstArg) ?? new StationSeed(), AcceptanceStep.ViaStation, null),
        };
    }

    public TurnEffects AcceptDirect(TurnInput input, DialogueState state)
    {
        var taste = state.Taste;
        var seed = new StationSeed(ArtistId: taste.ArtistId, Genre: taste.Genre, Mood: taste.Mood, Era: taste.Era, Activity: taste.Activity);
        return _accept.Accept(input, state, seed, AcceptanceStep.ViaDirect, null);
    }

    /// <summary>The conversation ends without music: outcome record, state closed, the profile counts it.</summary>
    public TurnEffects Ended(TurnInput input, DialogueState state, string reason, SkillResponse response, IReadOnlyList<LogRecord>? earlier = null, Func<UserProfile, UserProfile>? profileUpdate = null)
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

    public OutcomeRecord Abandoned(TurnInput input, DialogueState state, string reason) =>
        Outcomes.Of(input, state, OutcomeRecord.Abandoned) with { Reason = reason };

    /// <summary>A request we already applied (Lambda retried it): say the pending prompt again, change nothing.</summary>
    public TurnEffects Replay(TurnInput input, DialogueState state, long version)
    {
        if (!state.IsActive || ActionId.TryParse(state.Pending?.ActionId) is not { } pending)
        {
            return new TurnEffects(ConversationResponses.Tell(input, services.Renderer.RenderWithPending("goodbye", state, null, Tone.Neutral)));
        }

        var prompt = services.Renderer.RenderAction(pending, state, Delivery.Plain, sameWords: true);
        return new TurnEffects(ConversationResponses.Ask(input, prompt, state, version));
    }

    private TurnEffects GiveUp(TurnInput input, DialogueState state, string reason, IReadOnlyList<LogRecord>? earlier, Func<UserProfile, UserProfile>? profileUpdate)
    {
        var prompt = services.Renderer.RenderWithPending("give_up", state, null, Tone.Disappointed());
        return Ended(input, state, reason, ConversationResponses.Tell(input, prompt), earlier, profileUpdate);
    }

    /// <summary>A throwaway state for rendering when there is no conversation (phrasing choice needs an id).</summary>
    public DialogueState Placeholder(TurnInput input) => new() { ConversationId = input.RequestId, LastTurnAt = input.Now };
}
