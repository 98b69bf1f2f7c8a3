using System.Globalization;
using System.Text.Json;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Offline.Devices;

/// <summary>
/// One listener at one headless Echo, as Alexa talks to a skill for them: the session (new, then continued with the
/// echoed <c>sessionAttributes</c>, closed the way Alexa closes it), the envelopes of voice requests (in the session)
/// and of AudioPlayer events (without one), request ids and whole-second timestamps. Local chat and the simulator both
/// drive the skill through it, so they cannot disagree on what the device does.
/// </summary>
/// <remarks>
/// Request ids are random (like Alexa's) unless <see cref="Begin"/> named the conversation, in which case they are
/// <c>&lt;name&gt;.&lt;n&gt;</c> and sessions <c>&lt;name&gt;.s&lt;n&gt;</c>, so a seeded simulation writes the same
/// records on every run.
/// </remarks>
public sealed class DeviceSession(string skillId, string userId, string deviceId, bool supportsAudioPlayer = true)
{
    private string _userId = userId;
    private string? _name;
    private int _requests;
    private int _sessions;
    private string? _sessionId;
    private bool _new;
    private Dictionary<string, JsonElement>? _attributes;

    public string UserId => _userId;

    public bool InSession => _sessionId is not null;

    /// <summary>The locale the device speaks (every request carries it).</summary>
    public string Locale { get; init; } = "en-US";

    /// <summary>
    /// Alexa's rule for a headless device (alexa-protocol.md, "shouldEndSession semantics"): <c>true</c> ends the session,
    /// <c>false</c> keeps it open with the mic on, and an absent value ends it. Our responses never write JSON null,
    /// so null here is "absent".
    /// </summary>
    public static bool EndsSession(SkillResponse response) => response.Response.ShouldEndSession != false;

    /// <summary>A named conversation of a (possibly different) listener: deterministic ids from here on, no session open.</summary>
    public void Begin(string listenerUserId, string conversationName)
    {
        _userId = listenerUserId;
        _name = conversationName;
        _requests = 0;
        _sessions = 0;
        EndSession();
    }

    public void StartSession()
    {
        _sessionId = _name is null
            ? "amzn1.echo-api.session." + Guid.NewGuid()
            : string.Create(CultureInfo.InvariantCulture, $"{_name}.s{++_sessions}");
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

        if (EndsSession(response))
        {
            EndSession();
            return;
        }

        _attributes = response.SessionAttributes;
    }

    /// <summary>A voice request in the current session, opening a new one when none is open.</summary>
    public SkillRequest VoiceRequest(Request request, DateTimeOffset now, AudioPlayerState? player = null)
    {
        if (!InSession)
        {
            StartSession();
        }

        var session = new Session { New = _new, SessionId = _sessionId!, Attributes = _new ? null : _attributes };
        _new = false;
        return Envelope(request, session, now, player);
    }

    /// <summary>A request without a session: AudioPlayer events, and player commands said while music plays.</summary>
    public SkillRequest OutOfSessionRequest(Request request, DateTimeOffset now, AudioPlayerState? player = null) =>
        Envelope(request, null, now, player);

    private SkillRequest Envelope(Request request, Session? session, DateTimeOffset now, AudioPlayerState? player)
    {
        request.RequestId = _name is null
            ? "amzn1.echo-api.request." + Guid.NewGuid()
            : string.Create(CultureInfo.InvariantCulture, $"{_name}.{_requests++}");

        // Alexa sends whole-second UTC timestamps.
        var utc = now.ToUniversalTime();
        request.Timestamp = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        request.Locale = Locale;
        return RequestEnvelopes.Create(request, skillId, _userId, session, deviceId, supportsAudioPlayer, player);
    }
}
