using System.Text.Json;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Offline.Devices;

namespace AlexaMusicSkill.TestSupport;

/// <summary>
/// Builds real-shaped request envelopes for tests, as Alexa sends them: a session for voice requests (none for
/// AudioPlayer / PlaybackController), context with the device's interfaces, slots with entity resolution.
/// </summary>
public sealed class AlexaRequests(string userId = "amzn1.ask.account.TESTUSER", string skillId = AlexaRequests.LocalSkillId)
{
    public const string LocalSkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    private int _requestCounter;
    private string _sessionId = NewSessionId();
    private bool _sessionNew = true;
    private Dictionary<string, JsonElement>? _attributes;

    public bool SupportsAudioPlayer { get; set; } = true;

    public string UserId => userId;

    /// <summary>The recognized speaker (<c>context.System.person.personId</c>) on the next requests; null: nobody recognized.</summary>
    public string? PersonId { get; set; }

    /// <summary>Starts a new session (the next request has <c>session.new = true</c>).</summary>
    public void NewSession()
    {
        _sessionId = NewSessionId();
        _sessionNew = true;
        _attributes = null;
    }

    /// <summary>Carries the response's session attributes into the next request, as Alexa does, and ends the session when
    /// the device would (<see cref="DeviceSession.EndsSession"/>).</summary>
    public void Remember(Alexa.Responses.SkillResponse response)
    {
        _attributes = response.SessionAttributes;
        if (DeviceSession.EndsSession(response))
        {
            NewSession();
        }
    }

    public SkillRequest Launch() => Voice(new LaunchRequest());

    public SkillRequest Intent(string name, params (string Slot, string Heard, string? Id)[] slots)
    {
        var intent = new Intent { Name = name, ConfirmationStatus = "NONE", Slots = [] };
        foreach (var (slot, heard, id) in slots)
        {
            intent.Slots[slot] = Slot(slot, heard, id);
        }

        return Voice(new IntentRequest { Intent = intent });
    }

    public SkillRequest SessionEnded(string reason = "USER_INITIATED") => Voice(new SessionEndedRequest { Reason = reason });

    public SkillRequest CanFulfill(string name, params (string Slot, string Heard, string? Id)[] slots)
    {
        var request = Intent(name, slots);
        var intent = ((IntentRequest)request.Request!).Intent;
        request.Request = new CanFulfillIntentRequest { Intent = intent, RequestId = request.Request.RequestId, Timestamp = request.Request.Timestamp, Locale = "en-US" };
        request.Session = null;
        return request;
    }

    /// <summary>An AudioPlayer.* event: no session, the player state in context.</summary>
    public SkillRequest Player(AudioPlayerRequest request, string playerActivity = "PLAYING")
    {
        request.RequestId = NextRequestId();
        request.Timestamp = DateTimeOffset.UtcNow;
        request.Locale = "en-US";
        var envelope = Envelope(request, session: null);
        envelope.Context!.AudioPlayer = new AudioPlayerState { Token = request.Token, OffsetInMilliseconds = request.OffsetInMilliseconds, PlayerActivity = playerActivity };
        return envelope;
    }

    public SkillRequest Controller(PlaybackControllerRequest request)
    {
        request.RequestId = NextRequestId();
        request.Timestamp = DateTimeOffset.UtcNow;
        request.Locale = "en-US";
        return Envelope(request, session: null);
    }

    /// <summary>The skill-disabled event (no session; the account in context.System.user).</summary>
    public SkillRequest SkillDisabled()
    {
        var request = new SkillDisabledRequest { RequestId = NextRequestId(), Timestamp = DateTimeOffset.UtcNow, Locale = "en-US", EventCreationTime = DateTimeOffset.UtcNow };
        return Envelope(request, session: null);
    }

    public static Slot Slot(string name, string heard, string? id) =>
        RequestEnvelopes.ResolvedSlot(name, RequestEnvelopes.SlotTypeOf(name), heard, id, LocalSkillId);

    private SkillRequest Voice(Request request)
    {
        request.RequestId = NextRequestId();
        request.Timestamp = DateTimeOffset.UtcNow;
        request.Locale = "en-US";
        var session = new Session
        {
            New = _sessionNew,
            SessionId = _sessionId,
            Application = new Application { ApplicationId = skillId },
            User = new AlexaUser { UserId = userId },
            Attributes = _attributes,
        };
        _sessionNew = false;
        return Envelope(request, session);
    }

    private SkillRequest Envelope(Request request, Session? session)
    {
        var envelope = RequestEnvelopes.Create(request, skillId, userId, session, "amzn1.ask.device.TESTDEVICE", SupportsAudioPlayer);
        if (PersonId is { } person)
        {
            envelope.Context!.System!.Person = new Person { PersonId = person };
        }

        return envelope;
    }

    private string NextRequestId() => $"amzn1.echo-api.request.test-{Interlocked.Increment(ref _requestCounter):D6}-{Guid.NewGuid():N}";

    private static string NewSessionId() => "amzn1.echo-api.session." + Guid.NewGuid().ToString("N");
}
