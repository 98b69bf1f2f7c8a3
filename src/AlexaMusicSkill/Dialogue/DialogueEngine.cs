using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Alexa.Ssml;
using AlexaMusicSkill.Dialogue.Conversation;
using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Metrics;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;
using AlexaMusicSkill.Users;
using static AlexaMusicSkill.Logging.EventLogExtensions;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// The dialogue engine: one path for every host (Lambda, CLI, simulator). Understands the request, routes it to the
/// conversation, the player or a stateless answer, and runs stateful turns through the <see cref="TurnRunner"/>
/// inside the invocation's time budget. With storage down, Alexa still gets a polite answer in time.
/// </summary>
public sealed class DialogueEngine : ISkillRequestHandler
{
    /// <summary>Time kept back from the deadline to serialize and return the answer.</summary>
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(400);

    private readonly DialogueServices _services;
    private readonly UserKeyHasher _hasher;
    private readonly IEventLog _log;
    private readonly IMetricsSink _metrics;
    private readonly TurnRunner _runner;
    private readonly ConversationFlow _conversation;
    private readonly PlaybackLogic _playback;
    private readonly PlayerCommandLogic _player;
    private readonly CanFulfillResponder _canFulfill;

    public DialogueEngine(DialogueServices services, IUserStateStore store, IDecisionLog decisions, UserKeyHasher hasher, IEventLog log, IMetricsSink? metrics = null)
    {
        _services = services;
        _hasher = hasher;
        _log = log;
        _metrics = metrics ?? NullMetricsSink.Instance;
        _runner = new TurnRunner(store, decisions, log, services.Clock);
        _conversation = new ConversationFlow(services);
        _playback = new PlaybackLogic(services);
        _player = new PlayerCommandLogic(services, _playback);
        _canFulfill = new CanFulfillResponder(services);
    }

    public async Task<TurnResult> HandleAsync(SkillRequest envelope, InvocationContext context, CancellationToken cancellationToken)
    {
        var request = envelope.Request ?? throw new ArgumentException("The envelope has no request.", nameof(envelope));
        var userId = envelope.UserId ?? throw new ArgumentException("The envelope has no user id.", nameof(envelope));
        var userKey = _hasher.KeyFor(userId);
        var personKey = envelope.PersonId is { } personId ? _hasher.PersonKeyFor(personId) : null;
        var input = new TurnInput(envelope, request, _services.Interpreter.Interpret(request), userKey,
            request.RequestId ?? context.InvocationId, _services.Clock.GetUtcNow(), personKey);

        switch (request)
        {
            case CanFulfillIntentRequest canFulfill:
                return new TurnResult(_canFulfill.Answer(canFulfill), null);
            case SkillDisabledRequest:
                return await RunAsync(input, context, _ => new TurnEffects(SkillResponse.Empty()) { DeleteUser = true }, SkillResponse.Empty, cancellationToken);
            case AudioPlayerRequest:
                return await RunAsync(input, context, s => _playback.Apply(input, s), () => _playback.WithoutState(input), cancellationToken);
            case PlaybackControllerRequest:
                return await RunAsync(input, context, s => _player.Apply(input, s), SkillResponse.Empty, cancellationToken);
            case LaunchRequest or IntentRequest or SessionEndedRequest:
                return await RunAsync(input, context, s => Route(input, s), () => Unavailable(input), cancellationToken);
            case ExceptionEncounteredRequest failure:
                _log.Warn("Alexa reported an error with one of our responses", Field("errorType", failure.Error?.Type), Field("causeRequestId", failure.Cause?.RequestId));
                return new TurnResult(SkillResponse.Empty(), null);
            default:
                // Skill enabled, session resumed, and request types we do not model: nothing to say.
                _log.Info("request acknowledged without content", Field("requestType", request.Type));
                return new TurnResult(SkillResponse.Empty(), null);
        }
    }

    /// <summary>Player commands go to the player unless this session is in the middle of a conversation.</summary>
    private TurnEffects Route(TurnInput input, UserSnapshot snapshot)
    {
        var act = input.Meaning.Act;
        var inConversation = snapshot.State is { IsActive: true } state && !input.NewSession && input.InSession
            && input.Now - state.LastTurnAt < DialogueServices.ConversationTimeout;
        var playerAct = input.Request is IntentRequest && IntentDispatchTable.IsPlaybackControl(act)
            && snapshot.Profile.Playback is not null && !inConversation;
        return playerAct ? _player.Apply(input, snapshot) : _conversation.Apply(input, snapshot);
    }

    private async Task<TurnResult> RunAsync(TurnInput input, InvocationContext context, Func<UserSnapshot, TurnEffects> logic, Func<SkillResponse> unavailable, CancellationToken cancellationToken)
    {
        var budget = context.Deadline - _services.Clock.GetUtcNow() - SafetyMargin;
        using var timeout = new CancellationTokenSource(budget > TimeSpan.FromMilliseconds(50) ? budget : TimeSpan.FromMilliseconds(50), _services.Clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            var effects = await _runner.RunAsync(input.Owner, logic, linked.Token);
            return new TurnResult(effects.Response, effects.Account);
        }
        catch (Exception e) when (e is StorageUnavailableException || (e is OperationCanceledException && timeout.IsCancellationRequested))
        {
            _log.Warn("state storage unavailable; answered without it", Field("requestType", input.Request.Type), Field("reason", e.Message));
            _metrics.StorageUnavailable();
            return new TurnResult(unavailable(), null);
        }
    }

    private static SkillResponse Unavailable(TurnInput input) => input.Request is SessionEndedRequest
        ? SkillResponse.Empty()
        : ResponseBuilder.For(input.Request)
            .Speak(Ssml.Speak(Ssml.S("Sorry, I'm having trouble remembering where we were. Please try again in a moment.")))
            .EndSession(true)
            .Build();
}
