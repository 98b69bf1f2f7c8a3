using System.Text;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Cli.Nlu;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Stations;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// One listener at one Echo device, in text: typed lines become the requests Alexa would send (through the local
/// NLU), go through the same <see cref="ISkillFunction"/> as the Lambda, and come back printed. After a Play
/// directive the device behaves like virtual-alexa's: PlaybackStarted, PlaybackStopped/Started around voice
/// requests while music plays, player commands without a session, <c>:finish</c> to play a track to its end.
/// </summary>
internal sealed class ChatSession
{
    public const string DefaultUserId = "amzn1.ask.account.LOCAL-CHAT-USER";

    /// <summary>How long a host waits for the skill, as Alexa does.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(7);

    private static readonly HashSet<string> PlayerIntents =
    [
        "AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.StartOverIntent",
        "AMAZON.RepeatIntent", "AMAZON.LoopOnIntent", "AMAZON.LoopOffIntent", "AMAZON.ShuffleOnIntent", "AMAZON.ShuffleOffIntent",
        "AMAZON.CancelIntent", "AMAZON.StopIntent",
    ];

    private readonly ISkillFunction _function;
    private readonly string _skillId;
    private readonly UtteranceMatcher _matcher;
    private readonly ICatalog _catalog;
    private readonly TranscriptWriter _transcript;
    private readonly TimeProvider _clock;
    private readonly EnvelopeFactory _envelopes;
    private readonly SimulatedPlayer _player;
    private readonly IReadOnlyList<string> _invocation;

    public ChatSession(ISkillFunction function, string skillId, UtteranceMatcher matcher, ICatalog catalog, TranscriptWriter transcript, TimeProvider clock, string userId = DefaultUserId)
    {
        _function = function;
        _skillId = skillId;
        _matcher = matcher;
        _catalog = catalog;
        _transcript = transcript;
        _clock = clock;
        _envelopes = new EnvelopeFactory(skillId, userId, clock);
        _player = new SimulatedPlayer(clock);
        _invocation = Word.Split(matcher.Model.InvocationName).Select(w => w.Key).ToList();
    }

    public bool InSession => _envelopes.InSession;

    public SimulatedPlayer Player => _player;

    public static string Help(string invocationName) => $"""
        Say what you would say to an Echo:
          open {invocationName}                   start a session (LaunchRequest)
          ask {invocationName} to help me find music   start a session with that request
          anything else                            goes to the open session, through the interaction model
          pause / resume / next / stop             while music plays, without a session
          exit, quit                               end the session and this chat
        Commands:
          :finish                                  play the current track to its end (NearlyFinished, Finished, next track)
          :intent Name slot=value …                send an intent directly, skipping the NLU
          :help                                    this text
          :quit                                    leave without ending the session
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
                await FinishTrackAsync(cancellationToken);
                return true;
            case ChatInput.Command { Name: "help" }:
                _transcript.Note(Help(_matcher.Model.InvocationName).TrimEnd().Replace("\n", "\n        ", StringComparison.Ordinal));
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
                    _envelopes.StartSession();
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
                _envelopes.StartSession();
                await SendVoiceAsync(new LaunchRequest(), inSession: true, cancellationToken);
                return true;
            case ChatInput.OneShot oneShot:
                _envelopes.StartSession();
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

        if (_player.Current is not null && PlayerIntents.Contains(match.Intent))
        {
            // While our stream plays, Alexa routes the player's built-ins to us without the invocation name; "stop"
            // arrives as a pause.
            var intent = match.Intent == "AMAZON.StopIntent" ? match with { Intent = "AMAZON.PauseIntent" } : match;
            await SendVoiceAsync(IntentRequestFor(intent), inSession: false, cancellationToken);
            return;
        }

        var name = _matcher.Model.InvocationName;
        _transcript.Note(_player.Current is null
            ? $"{name} isn't open: say \"open {name}\" or \"ask {name} to help me find music\""
            : $"{name} isn't listening; while its music plays say pause, resume, next, previous or start over, or \"ask {name} to …\"");
    }

    private IntentRequest IntentRequestFor(UtteranceMatch match) =>
        new() { Intent = IntentWire.ToIntent(match, _matcher.Model, _skillId) };

    /// <summary>A voice request, with the device's audio handling around it.</summary>
    private async Task SendVoiceAsync(Request request, bool inSession, CancellationToken cancellationToken)
    {
        var isIntent = request is IntentRequest;
        if (isIntent && _player.IsPlaying)
        {
            _player.Stop();
            _player.Suspended = true;
            await SendPlayerEventAsync(new PlaybackStoppedRequest(), cancellationToken);
        }

        var envelope = inSession
            ? _envelopes.InSessionRequest(request, _player.ContextState())
            : _envelopes.OutOfSessionRequest(request, _player.ContextState());
        var response = await ExchangeAsync(envelope, cancellationToken);
        if (request is SessionEndedRequest)
        {
            _envelopes.EndSession();
            _transcript.Note("session ended: " + ((SessionEndedRequest)request).Reason);
        }
        else if (response is not null)
        {
            _transcript.VoiceResponse(response, inSession);
            if (inSession)
            {
                _envelopes.Remember(response);
            }

            await ApplyDirectivesAsync(response.Response.Directives, cancellationToken);
        }
        else if (inSession)
        {
            _envelopes.EndSession();
        }

        if (isIntent && _player.Suspended)
        {
            _player.Suspended = false;
            if (_player.Current is not null && _player.Activity == SimulatedPlayer.Stopped)
            {
                _player.Resume();
                await SendPlayerEventAsync(new PlaybackStartedRequest(), cancellationToken);
            }
        }
    }

    private async Task FinishTrackAsync(CancellationToken cancellationToken)
    {
        if (_player.Current is not { } current || !_player.IsPlaying)
        {
            _transcript.Note("nothing is playing");
            return;
        }

        await SendPlayerEventAsync(new PlaybackNearlyFinishedRequest(), cancellationToken);
        var track = PlaybackToken.TryParse(current.Token) is { } token ? _catalog.FindTrack(token.TrackId) : null;
        _player.Finish(track?.Duration);
        await SendPlayerEventAsync(new PlaybackFinishedRequest(), cancellationToken);
        if (_player.StartNext())
        {
            await SendPlayerEventAsync(new PlaybackStartedRequest(), cancellationToken);
        }
        else
        {
            _transcript.Note("the queue is empty; playback finished");
        }
    }

    /// <summary>Acts on the skill's AudioPlayer directives the way the device would, sending the events they cause.</summary>
    private async Task ApplyDirectivesAsync(List<Directive>? directives, CancellationToken cancellationToken)
    {
        foreach (var directive in directives ?? [])
        {
            switch (directive)
            {
                case AudioPlayerPlayDirective play:
                    var stream = play.AudioItem.Stream;
                    if (play.PlayBehavior == PlayBehavior.Enqueue)
                    {
                        _player.Enqueue(stream);
                    }
                    else
                    {
                        if (play.PlayBehavior == PlayBehavior.ReplaceAll && _player.IsPlaying)
                        {
                            _player.Stop();
                            await SendPlayerEventAsync(new PlaybackStoppedRequest(), cancellationToken);
                        }

                        _player.ReplaceQueue(stream);
                    }

                    if (!_player.IsPlaying && _player.StartNext())
                    {
                        await SendPlayerEventAsync(new PlaybackStartedRequest(), cancellationToken);
                    }

                    break;
                case AudioPlayerStopDirective:
                    if (_player.Suspended)
                    {
                        // Already stopped for the voice request (and reported); it just stays stopped.
                        _player.Suspended = false;
                    }
                    else if (_player.IsPlaying)
                    {
                        _player.Stop();
                        await SendPlayerEventAsync(new PlaybackStoppedRequest(), cancellationToken);
                    }

                    break;
                case AudioPlayerClearQueueDirective clear:
                    _player.ClearQueue();
                    if (clear.ClearBehavior == ClearBehavior.ClearAll && _player.IsPlaying)
                    {
                        _player.Stop();
                        await SendPlayerEventAsync(new PlaybackStoppedRequest(), cancellationToken);
                    }

                    break;
            }
        }
    }

    private async Task SendPlayerEventAsync(AudioPlayerRequest request, CancellationToken cancellationToken)
    {
        request.Token = _player.Current?.Token;
        request.OffsetInMilliseconds = _player.Offset;
        var response = await ExchangeAsync(_envelopes.OutOfSessionRequest(request, _player.ContextState()), cancellationToken);
        if (response is null)
        {
            return;
        }

        _transcript.DeviceEvent(request.Type, response);
        await ApplyDirectivesAsync(response.Response.Directives, cancellationToken);
    }

    private async Task<SkillResponse?> ExchangeAsync(SkillRequest envelope, CancellationToken cancellationToken)
    {
        var json = AlexaJson.SerializeRequest(envelope);
        _transcript.Json(">>> request", json);
        var context = new InvocationContext(envelope.Request!.RequestId!, _clock.GetUtcNow() + Deadline);
        var outcome = await _function.InvokeAsync(Encoding.UTF8.GetBytes(json), context, cancellationToken);
        switch (outcome)
        {
            case InvocationOutcome.Answered answered:
                var text = Encoding.UTF8.GetString(answered.ResponseUtf8);
                _transcript.Json("<<< response", text);
                return AlexaJson.DeserializeResponse(text);
            case InvocationOutcome.Refused refused:
                _transcript.Refused(refused.Message);
                return null;
            default:
                return null;
        }
    }
}
