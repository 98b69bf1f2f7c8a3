using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// The conversation's state machine for launch and intent requests (and SessionEnded). Pure: reads the input and the
/// snapshot, returns effects; the runner saves them, and re-runs this on a lost race. Starting, ending and
/// forgetting live here; reactions inside a live conversation are in <see cref="ConversationReplies"/>.
/// </summary>
internal sealed class ConversationLogic
{
    private readonly DialogueServices _services;
    private readonly ConversationReplies _replies;

    public ConversationLogic(DialogueServices services)
    {
        _services = services;
        Steps = new ConversationSteps(services);
        _replies = new ConversationReplies(services, Steps);
    }

    internal ConversationSteps Steps { get; }

    public TurnEffects Apply(TurnInput input, UserSnapshot snapshot)
    {
        var state = snapshot.State;
        var live = state is { IsActive: true } && input.Now - state.LastTurnAt < DialogueServices.ConversationTimeout;
        var liveState = live ? state : null;

        if (state is not null && state.RecentRequestIds.Contains(input.RequestId))
        {
            return Steps.Replay(input, state, snapshot.StateVersion);
        }

        switch (input.Meaning.Act)
        {
            case UserAct.ForgetMe:
                return ForgetMe(input, liveState);
            case UserAct.Stop or UserAct.Cancel or UserAct.NavigateHome:
                return End(input, liveState, input.Meaning.Act == UserAct.NavigateHome ? "navigate_home" : input.Meaning.Act.ToString().ToLowerInvariant());
            case UserAct.SessionEnded:
                return SessionEnded(input, liveState);
            case UserAct.Launch:
                return Start(input, snapshot, liveState);
            case UserAct.FindMusic or UserAct.PlayRequest when liveState is null || input.NewSession:
                return Start(input, snapshot, liveState);
        }

        // A reply that arrives after the conversation ended (or expired) starts a new one with what it says.
        return liveState is null ? Start(input, snapshot, null) : _replies.Continue(input, snapshot, liveState);
    }

    private TurnEffects Start(TurnInput input, UserSnapshot snapshot, DialogueState? previous)
    {
        var records = new List<LogRecord>(2);
        if (previous is not null)
        {
            records.Add(Steps.Abandoned(input, previous, "new_session"));
        }

        var meaning = input.Meaning;
        var assigned = _services.Policies.Assign(input.UserKey);
        var state = new DialogueState
        {
            ConversationId = _services.NewConversationId(),
            StartedAt = input.Now,
            LastTurnAt = input.Now,
            Exploring = _services.Exploration.Share > 0 && _services.Random.NextDouble() < _services.Exploration.Share,
            Arm = assigned.Arm,
            PolicyVersion = assigned.Policy.Version,
            Taste = TasteUpdates.FromMeaning(meaning),
            LastAct = meaning.Act,
            Understanding = meaning.Confidence,
            RecentRequestIds = [input.RequestId],
        };

        if (meaning.Act == UserAct.PlayRequest && meaning.HasAttributes)
        {
            // The listener took the lead: music at once, seeded by everything they said.
            var direct = Steps.AcceptDirect(input, state);
            return direct with { Records = [.. records, .. direct.Records] };
        }

        var cue = meaning.Act switch
        {
            UserAct.Launch => snapshot.Profile.Conversations > 0 ? Cue.WelcomeBack : Cue.Welcome,
            _ when meaning.HasAttributes => Cue.Answered,
            _ => Cue.Start,
        };
        return Steps.DecideAndAsk(input, snapshot, state, cue, records);
    }

    private TurnEffects End(TurnInput input, DialogueState? state, string reason)
    {
        var prompt = _services.Renderer.RenderWithPending("goodbye", state ?? Steps.Placeholder(input), null, Tone.Neutral);
        var response = ConversationResponses.Tell(input, prompt);
        if (state is null)
        {
            return new TurnEffects(response);
        }

        return Steps.Ended(input, state, reason, response);
    }

    private TurnEffects SessionEnded(TurnInput input, DialogueState? state)
    {
        var response = Alexa.Responses.SkillResponse.Empty();
        return state is null ? new TurnEffects(response) : Steps.Ended(input, state, "session_ended:" + (input.Meaning.EndReason ?? "unknown").ToLowerInvariant(), response);
    }

    private TurnEffects ForgetMe(TurnInput input, DialogueState? state)
    {
        var response = Alexa.Responses.ResponseBuilder.For(input.Request)
            .Speak(Alexa.Ssml.Ssml.Speak(Alexa.Ssml.Ssml.S("Okay. I've forgotten your listening history and preferences. Goodbye.")))
            .EndSession(true)
            .Build();
        return new TurnEffects(response)
        {
            DeleteUser = true,
            Records = state is null ? [] : [Steps.Abandoned(input, state, "forget_me")],
            Account = state is null ? null : new TurnAccount(state.ConversationId, state.Turn, null, null, OutcomeRecord.Abandoned, true),
        };
    }
}
