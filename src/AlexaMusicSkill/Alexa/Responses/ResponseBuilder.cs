using System.Text.Json;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Ssml;

namespace AlexaMusicSkill.Alexa.Responses;

/// <summary>
/// One small fluent builder for every response. <see cref="Build"/> refuses what Alexa would reject:
/// content the request type does not allow, two Play directives, ENQUEUE without expectedPreviousToken,
/// audio in a reprompt, Dialog directives mixed with Play, and anything over the size limits.
/// </summary>
public sealed class ResponseBuilder
{
    private readonly ResponseKind _kind;
    private readonly ResponseBody _body = new();
    private Dictionary<string, JsonElement>? _sessionAttributes;
    private int _repromptAudioCount;

    private ResponseBuilder(ResponseKind kind) => _kind = kind;

    public static ResponseBuilder For(Request request) => new(ResponseKinds.For(request));

    public static ResponseBuilder For(ResponseKind kind) => new(kind);

    public ResponseBuilder Speak(Speech speech)
    {
        _body.OutputSpeech = OutputSpeech.FromSsml(speech.ToXml());
        return this;
    }

    public ResponseBuilder SpeakText(string text)
    {
        _body.OutputSpeech = OutputSpeech.FromText(text);
        return this;
    }

    public ResponseBuilder Reprompt(Speech speech)
    {
        var rendered = speech.Render();
        _repromptAudioCount = rendered.AudioCount;
        _body.Reprompt = new Reprompt { OutputSpeech = OutputSpeech.FromSsml(rendered.Xml) };
        return this;
    }

    public ResponseBuilder SimpleCard(string title, string content)
    {
        _body.Card = new Card { Type = Card.SimpleType, Title = title, Content = content };
        return this;
    }

    public ResponseBuilder StandardCard(string title, string text, string? smallImageUrl = null, string? largeImageUrl = null)
    {
        _body.Card = new Card
        {
            Type = Card.StandardType,
            Title = title,
            Text = text,
            Image = smallImageUrl is null && largeImageUrl is null
                ? null
                : new CardImage { SmallImageUrl = smallImageUrl, LargeImageUrl = largeImageUrl },
        };
        return this;
    }

    /// <summary>AudioPlayer.Play. For ENQUEUE pass the token of the stream now playing as <paramref name="expectedPreviousToken"/>.</summary>
    public ResponseBuilder Play(
        PlayBehavior behavior,
        string url,
        string token,
        long offsetInMilliseconds = 0,
        string? expectedPreviousToken = null,
        AudioItemMetadata? metadata = null)
    {
        return Directive(new AudioPlayerPlayDirective
        {
            PlayBehavior = behavior,
            AudioItem = new AudioItem
            {
                Stream = new AudioStream
                {
                    Url = url,
                    Token = token,
                    ExpectedPreviousToken = expectedPreviousToken,
                    OffsetInMilliseconds = offsetInMilliseconds,
                },
                Metadata = metadata,
            },
        });
    }

    public ResponseBuilder StopAudio() => Directive(new AudioPlayerStopDirective());

    public ResponseBuilder ClearQueue(ClearBehavior behavior) =>
        Directive(new AudioPlayerClearQueueDirective { ClearBehavior = behavior });

    public ResponseBuilder Directive(Directive directive)
    {
        (_body.Directives ??= []).Add(directive);
        return this;
    }

    /// <summary>true ends the session, false keeps the microphone open; null leaves it out (device decides).</summary>
    public ResponseBuilder EndSession(bool? shouldEndSession)
    {
        _body.ShouldEndSession = shouldEndSession;
        return this;
    }

    public ResponseBuilder SessionAttribute(string key, JsonElement value)
    {
        (_sessionAttributes ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[key] = value;
        return this;
    }

    public ResponseBuilder CanFulfill(CanFulfillIntent answer)
    {
        _body.CanFulfillIntent = answer;
        return this;
    }

    /// <summary>Checks every rule, serializes once to check the size, and returns the response.</summary>
    public SkillResponse Build()
    {
        CheckContentForKind();
        CheckDirectives();
        CheckLengths();

        var response = new SkillResponse { SessionAttributes = _sessionAttributes, Response = _body };
        var bytes = AlexaJson.SerializeResponseFresh(response);
        if (bytes.Length > ResponseLimits.MaxResponseBytes)
        {
            throw new ResponseException(
                $"The response is {bytes.Length} bytes; the limit is {ResponseLimits.MaxResponseBytes} bytes.");
        }

        response.Utf8Json = bytes;
        return response;
    }

    private void CheckContentForKind()
    {
        var hasVoiceContent = _body.OutputSpeech is not null || _body.Reprompt is not null || _body.Card is not null
            || _sessionAttributes is not null || _body.ShouldEndSession is not null;
        var directives = _body.Directives ?? [];

        switch (_kind)
        {
            case ResponseKind.Conversation:
                if (_body.CanFulfillIntent is not null)
                {
                    throw new ResponseException("canFulfillIntent belongs only in a response to CanFulfillIntentRequest.");
                }

                return;
            case ResponseKind.CanFulfill:
                if (hasVoiceContent || directives.Count > 0)
                {
                    throw new ResponseException("A CanFulfillIntentRequest is answered with canFulfillIntent only: no speech, card, directives or session.");
                }

                return;
            case ResponseKind.NoContent:
                if (hasVoiceContent || directives.Count > 0 || _body.CanFulfillIntent is not null)
                {
                    throw new ResponseException("This request type (PlaybackStopped, SessionEnded, System.ExceptionEncountered, skill events) must get an empty response.");
                }

                return;
            default:
                if (hasVoiceContent || _body.CanFulfillIntent is not null)
                {
                    throw new ResponseException("Responses to AudioPlayer and PlaybackController requests carry AudioPlayer directives only: no speech, reprompt, card, session attributes or shouldEndSession.");
                }

                if (directives.Any(d => d is not (AudioPlayerPlayDirective or AudioPlayerStopDirective or AudioPlayerClearQueueDirective)))
                {
                    throw new ResponseException("Responses to AudioPlayer and PlaybackController requests carry AudioPlayer directives only.");
                }

                if (_kind == ResponseKind.PlayerStopOrClear && directives.Any(d => d is AudioPlayerPlayDirective))
                {
                    throw new ResponseException("PlaybackStarted and PlaybackFinished may only be answered with Stop or ClearQueue, not Play.");
                }

                return;
        }
    }

    private void CheckDirectives()
    {
        var directives = _body.Directives;
        if (directives is null)
        {
            return;
        }

        var plays = directives.OfType<AudioPlayerPlayDirective>().ToList();
        if (plays.Count > 1)
        {
            throw new ResponseException("A response may carry only one AudioPlayer.Play directive.");
        }

        foreach (var play in plays)
        {
            CheckPlay(play);
        }

        var dialogs = directives.OfType<DialogDirective>().ToList();
        if (dialogs.Count > 1)
        {
            throw new ResponseException("Only one of Dialog.Delegate, ElicitSlot, ConfirmSlot or ConfirmIntent per response.");
        }

        if (dialogs.Count == 1)
        {
            if (plays.Count > 0)
            {
                throw new ResponseException("Dialog directives cannot be mixed with AudioPlayer.Play.");
            }

            if (_body.ShouldEndSession == true)
            {
                throw new ResponseException("Dialog directives need the session to stay open (shouldEndSession must not be true).");
            }

            if (dialogs[0] is DialogDelegateDirective && (_body.OutputSpeech is not null || _body.Reprompt is not null))
            {
                throw new ResponseException("Dialog.Delegate cannot carry outputSpeech or a reprompt.");
            }
        }
    }

    private static void CheckPlay(AudioPlayerPlayDirective play)
    {
        var stream = play.AudioItem.Stream;
        if (!Uri.TryCreate(stream.Url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ResponseException($"AudioPlayer.Play needs an absolute https stream URL, not '{stream.Url}'.");
        }

        if (stream.Url.Length > ResponseLimits.MaxStreamUrlLength)
        {
            throw new ResponseException($"The stream URL is longer than {ResponseLimits.MaxStreamUrlLength} characters.");
        }

        if (string.IsNullOrEmpty(stream.Token) || stream.Token.Length > ResponseLimits.MaxTokenLength)
        {
            throw new ResponseException($"The stream token must be 1..{ResponseLimits.MaxTokenLength} characters.");
        }

        if (stream.OffsetInMilliseconds < 0)
        {
            throw new ResponseException("The stream offset cannot be negative.");
        }

        var isEnqueue = play.PlayBehavior == PlayBehavior.Enqueue;
        if (isEnqueue && string.IsNullOrEmpty(stream.ExpectedPreviousToken))
        {
            throw new ResponseException("AudioPlayer.Play with ENQUEUE needs expectedPreviousToken.");
        }

        if (!isEnqueue && stream.ExpectedPreviousToken is not null)
        {
            throw new ResponseException("expectedPreviousToken is allowed only with ENQUEUE.");
        }
    }

    private void CheckLengths()
    {
        if (_body.OutputSpeech is { } speech && speech.Length > ResponseLimits.MaxSpeechCharacters)
        {
            throw new ResponseException($"outputSpeech is {speech.Length} characters; the limit is {ResponseLimits.MaxSpeechCharacters}.");
        }

        if (_body.Reprompt?.OutputSpeech is { } reprompt && reprompt.Length > ResponseLimits.MaxSpeechCharacters)
        {
            throw new ResponseException($"The reprompt is {reprompt.Length} characters; the limit is {ResponseLimits.MaxSpeechCharacters}.");
        }

        if (_repromptAudioCount > 0)
        {
            throw new ResponseException("Reprompts carry no audio (our contract); put samples in outputSpeech only.");
        }

        if (_body.Card is { } card && card.Length > ResponseLimits.MaxCardCharacters)
        {
            throw new ResponseException($"The card is {card.Length} characters; the limit is {ResponseLimits.MaxCardCharacters}.");
        }

        if (_body.Card?.Image is { } image
            && Math.Max(image.SmallImageUrl?.Length ?? 0, image.LargeImageUrl?.Length ?? 0) > ResponseLimits.MaxCardImageUrlLength)
        {
            throw new ResponseException($"A card image URL is longer than {ResponseLimits.MaxCardImageUrlLength} characters.");
        }
    }
}
