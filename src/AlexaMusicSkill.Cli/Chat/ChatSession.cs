using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Cli.Nlu;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Offline.Devices;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// One listener at one Echo device, in text: typed lines become the requests Alexa would send (through the local
/// NLU), go through the same <see cref="ISkillFunction"/> as the Lambda, and come back printed. With no session open,
/// a request without the skill's name takes the device's name-free path (<see cref="NameFreeEntry"/>). After a Play
/// directive the device behaves like virtual-alexa's: PlaybackStarted, PlaybackStopped/Started around voice
/// requests while music plays, player commands without a session, <c>:finish</c> to play a track to its end.
/// </summary>
internal sealed class ChatSession
{
    public const string DefaultUserId = "amzn1.ask.account.LOCAL-CHAT-USER";

    public const string DeviceId = "amzn1.ask.device.LOCAL-CHAT-DEVICE";

    private static readonly HashSet<string> PlayerIntents =
    [
        "AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.StartOverIntent",
        "AMAZON.RepeatIntent", "AMAZON.LoopOnIntent", "AMAZON.LoopOffIntent", "AMAZON.ShuffleOnIntent", "AMAZON.ShuffleOffIntent",
        "AMAZON.CancelIntent", "AMAZON.StopIntent",
    ];

    private readonly string _skillId;
    private readonly UtteranceMatcher _matcher;
    private readonly TranscriptWriter _transcript;
    private readonly DeviceSession _session;
    private readonly TimeProvider _clock;
    private readonly SkillExchange _exchange;
    private readonly DevicePlayback _device;
    private readonly IReadOnlyList<string> _invocation;
    private readonly NameFreeEntry _nameFree;

    public ChatSession(ISkillFunction function, string skillId, UtteranceMatcher matcher, ICatalog catalog, TranscriptWriter transcript, TimeProvider clock, string userId = DefaultUserId)
    {
        _skillId = skillId;
        _matcher = matcher;
        _transcript = transcript;
        _clock = clock;
        _session = new DeviceSession(skillId, userId, DeviceId);
        _exchange = new SkillExchange(function, transcript, clock);
        _device = new DevicePlayback(new SimulatedPlayer(clock), _session, _exchange, transcript, catalog, clock);
        _invocation = Word.Split(matcher.Model.InvocationName).Select(w => w.Key).ToList();
        _nameFree = new NameFreeEntry(_session, new ModelUtteranceResolver(matcher, skillId));
    }

    public bool InSession => _session.InSession;

    public SimulatedPlayer Player => _device.Player;

    public static string Help(string invocationName) => $"""
        Type what you would say to an Echo:
          open {invocationName}                          start a session (LaunchRequest)
          ask {invocationName} to help me find music     start a session with that request
          help me find music                         with no session open: name-free; Alexa asks {invocationName}
                                                     (CanFulfillIntentRequest) and opens a session if it can fulfill it
          anything else                              goes to the open session, matched against the interaction model
          pause, resume, next, stop                  while the skill's music plays, without a session
          exit                                       end the session and this chat
        Commands:
          :finish                    play the current track to its end (NearlyFinished, Finished, the next track)
          :intent Name slot=value    send an intent as given, skipping the NLU
          :help                      this text
          :quit                      leave without ending the session
        """;

    /// <summary>Null when the line can be run; otherwise what is wrong with it (for replay files, checked up front).</summary>
    public string? Check(string line) => ChatInput.Parse(line, _invocation) switch
    {
        ChatInput.Command { Name: "quit" or "q" or "exit" or "finish" or "help" } => null,
        ChatInput.Command { Name: "intent" } command => DirectIntent.Parse(command.Arguments, _matcher).Problem,
        ChatInput.Command command => $"unknown command '{line.Trim().Split(' ')[0]}' (commands: :finish, :intent, :help, :quit)",
        _ => null,
    };

    /// <summary>Runs one typed line; false when the chat should end.</summary>
    public async Task<bool> HandleAsync(string line, CancellationToken cancellationToken)
    {
        switch (ChatInput.Parse(line, _invocation))
        {
            case ChatInput.Nothing:
                return true;
            case ChatInput.Command { Name: "quit" or "q" or "exit" }:
                return false;
            case ChatInput.Command { Name: "finish" }:
                await _device.FinishTrackAsync(cancellationToken);
                return true;
            case ChatInput.Command { Name: "help" }:
                _transcript.Text(Help(_matcher.Model.InvocationName));
                return true;
            case ChatInput.Command { Name: "intent" } command:
                var direct = DirectIntent.Parse(command.Arguments, _matcher);
                if (direct.Match is null)
                {
                    _transcript.Note(direct.Problem!);
                    return true;
                }

                if (!InSession)
                {
                    _session.StartSession();
                }

                await SendVoiceAsync(IntentRequestFor(direct.Match), inSession: true, cancellationToken);
                return true;
            case ChatInput.Command:
                _transcript.Note(Check(line)!);
                return true;
            case ChatInput.Exit:
                if (InSession)
                {
                    await SendVoiceAsync(new SessionEndedRequest { Reason = "USER_INITIATED" }, inSession: true, cancellationToken);
                }

                return false;
            case ChatInput.Launch:
                _session.StartSession();
                await SendVoiceAsync(new LaunchRequest(), inSession: true, cancellationToken);
                return true;
            case ChatInput.OneShot oneShot:
                _session.StartSession();
                await SendVoiceAsync(IntentRequestFor(_matcher.Match(oneShot.Words)), inSession: true, cancellationToken);
                return true;
            case ChatInput.Utterance utterance:
                await UtterAsync(utterance.Words, cancellationToken);
                return true;
            default:
                return true;
        }
    }

    private async Task UtterAsync(IReadOnlyList<Word> words, CancellationToken cancellationToken)
    {
        var match = _matcher.Match(words);
        if (InSession)
        {
            await SendVoiceAsync(IntentRequestFor(match), inSession: true, cancellationToken);
            return;
        }

        if (Player.Current is not null && PlayerIntents.Contains(match.Intent))
        {
            // While our stream plays, Alexa routes the player's built-ins to us without the invocation name; "stop"
            // arrives as a pause.
            var intent = match.Intent == "AMAZON.StopIntent" ? match with { Intent = "AMAZON.PauseIntent" } : match;
            await SendVoiceAsync(IntentRequestFor(intent), inSession: false, cancellationToken);
            return;
        }

        await EnterNameFreeAsync(words, cancellationToken);
    }

    /// <summary>No session open and not our launch phrase: the device's name-free routing decides who answers.</summary>
    private async Task EnterNameFreeAsync(IReadOnlyList<Word> words, CancellationToken cancellationToken)
    {
        var name = _matcher.Model.InvocationName;
        var spoken = string.Join(' ', words.Select(w => w.Heard));
        var outcome = await _nameFree.RouteAsync(spoken, _clock.GetUtcNow(), Player.ContextState(), _exchange.SendAsync, cancellationToken);
        if (outcome.Request is { } first)
        {
            _transcript.Note($"name-free: {name} can fulfill {outcome.Intent!.Name} ({Wire(outcome.Answer)}), so Alexa opens a session");
            await SendVoiceAsync(first, inSession: true, cancellationToken);
            return;
        }

        var why = outcome.Intent?.Name switch
        {
            null => $"nothing in {name}'s interaction model matched",
            { } builtIn when builtIn.StartsWith("AMAZON.", StringComparison.Ordinal) => $"out of a session Alexa keeps {builtIn} to itself",
            { } intent => $"{name} answered {intent} with {(outcome.Answer is { } answer ? Wire(answer) : "no canFulfill answer")}",
        };
        _transcript.DeviceSpeech(outcome.DeviceSpeech!);
        _transcript.Note(Player.Current is null
            ? $"Alexa's own answer: {why}; say \"open {name}\" or \"ask {name} to help me find music\""
            : $"Alexa's own answer: {why}; while {name}'s music plays say pause, resume, next, previous or start over, or \"ask {name} to …\"");
    }

    private static string Wire(CanFulfillAnswer? answer) => answer?.ToString().ToUpperInvariant() ?? "none";

    private IntentRequest IntentRequestFor(UtteranceMatch match) =>
        new() { Intent = IntentWire.ToIntent(match, _matcher.Model, _skillId) };

    /// <summary>A voice request, with the device's audio handling around it.</summary>
    private async Task SendVoiceAsync(Request request, bool inSession, CancellationToken cancellationToken)
    {
        var isIntent = request is IntentRequest;
        if (isIntent)
        {
            await _device.SuspendForVoiceAsync(cancellationToken);
        }

        var player = Player.ContextState();
        var envelope = inSession ? _session.VoiceRequest(request, _clock.GetUtcNow(), player) : _session.OutOfSessionRequest(request, _clock.GetUtcNow(), player);
        var response = await _exchange.SendAsync(envelope, cancellationToken);
        if (request is SessionEndedRequest ended)
        {
            _session.EndSession();
            _transcript.Note("session ended: " + ended.Reason);
        }
        else if (response is not null)
        {
            _transcript.VoiceResponse(response, inSession);
            if (inSession)
            {
                _session.Remember(response);
            }

            await _device.ApplyDirectivesAsync(response.Response.Directives, cancellationToken);
        }
        else if (inSession)
        {
            _session.EndSession();
        }

        if (isIntent)
        {
            await _device.ResumeAfterVoiceAsync(cancellationToken);
        }
    }
}
