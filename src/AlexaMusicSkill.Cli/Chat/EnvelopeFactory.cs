using System.Text.Json;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// Builds request envelopes as one Echo device would send them for one listener: a stable user and device id, the
/// session (new, then continued with the echoed <c>sessionAttributes</c>) on voice requests only, AudioPlayer
/// support and the player state in <c>context</c>.
/// </summary>
internal sealed class EnvelopeFactory(string skillId, string userId, TimeProvider clock)
{
    public const string DeviceId = "amzn1.ask.device.LOCAL-CHAT-DEVICE";

    private string? _sessionId;
    private bool _new;
    private Dictionary<string, JsonElement>? _attributes;

    public bool InSession => _sessionId is not null;

    public void StartSession()
    {
        _sessionId = "amzn1.echo-api.session." + Guid.NewGuid();
        _new = true;
        _attributes = null;
    }

    public void EndSession()
    {
        _sessionId = null;
        _attributes = null;
    }

    /// <summary>After a voice response: keep its attributes for the next request, or close the session it ended.</summary>
    public void Remember(SkillResponse response)
    {
        if (!InSession)
        {
            return;
        }

        // Absent shouldEndSession ends the session on a headless device; only false (or null) keeps the mic open.
        if (response.Response.ShouldEndSession != false)
        {
            EndSession();
            return;
        }

        _attributes = response.SessionAttributes;
    }

    /// <summary>A voice request in the current session (which must be open).</summary>
    public SkillRequest InSessionRequest(Request request, AudioPlayerState player)
    {
        var session = new Session
        {
            New = _new,
            SessionId = _sessionId ?? throw new InvalidOperationException("No session is open."),
            Attributes = _new ? null : _attributes,
        };
        _new = false;
        return Envelope(request, session, player);
    }

    /// <summary>A request without a session: AudioPlayer events, and player commands said while music plays.</summary>
    public SkillRequest OutOfSessionRequest(Request request, AudioPlayerState player) => Envelope(request, null, player);

    private SkillRequest Envelope(Request request, Session? session, AudioPlayerState player)
    {
        // Alexa sends whole-second UTC timestamps.
        var now = clock.GetUtcNow();
        request.RequestId = "amzn1.echo-api.request." + Guid.NewGuid();
        request.Timestamp = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero);
        request.Locale = "en-US";
        return RequestEnvelopes.Create(request, skillId, userId, session, DeviceId, player: player);
    }
}
