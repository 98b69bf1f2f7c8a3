using System.Globalization;
using System.Text.Json;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// Builds the request envelopes Alexa would send for a simulated listener's replies, as objects (no JSON round
/// trip): a session that starts new and carries our session attributes forward until a response ends it, a device
/// with AudioPlayer, and slots with entity resolution (a match with our id, or no match). Request ids are
/// deterministic, so a seeded run writes the same records every time.
/// </summary>
public sealed class RequestFactory(string skillId)
{
    private string _userId = string.Empty;
    private string _requestPrefix = string.Empty;
    private int _counter;
    private int _session;
    private bool _sessionNew = true;
    private Dictionary<string, JsonElement>? _attributes;

    /// <summary>Starts a conversation of a listener: fresh session, request ids prefixed by the conversation's name.</summary>
    public void Begin(string userId, string conversationName)
    {
        _userId = userId;
        _requestPrefix = conversationName;
        _counter = 0;
        _session++;
        _sessionNew = true;
        _attributes = null;
    }

    /// <summary>Carries the response's session attributes into the next request; a response that ends the session starts a new one.</summary>
    public void Remember(SkillResponse response)
    {
        _attributes = response.SessionAttributes;
        if (response.Response.ShouldEndSession == true)
        {
            _session++;
            _sessionNew = true;
            _attributes = null;
        }
    }

    public SkillRequest Build(Reply reply, DateTimeOffset now)
    {
        Request request = reply.Kind switch
        {
            ReplyKind.Launch => new LaunchRequest(),
            ReplyKind.SessionEnded => new SessionEndedRequest { Reason = reply.EndReason ?? "USER_INITIATED" },
            _ => new IntentRequest { Intent = IntentOf(reply), DialogState = null },
        };
        request.RequestId = string.Create(CultureInfo.InvariantCulture, $"{_requestPrefix}.{_counter++}");
        request.Timestamp = now;
        request.Locale = "en-US";

        var session = new Session
        {
            New = _sessionNew,
            SessionId = string.Create(CultureInfo.InvariantCulture, $"{_requestPrefix}.s{_session}"),
            Attributes = _attributes,
        };
        _sessionNew = false;
        return RequestEnvelopes.Create(request, skillId, _userId, session, "amzn1.ask.device.SIMULATED");
    }

    private static Intent IntentOf(Reply reply)
    {
        var intent = new Intent { Name = reply.Intent, ConfirmationStatus = "NONE", Slots = [] };
        foreach (var fill in reply.SlotFills)
        {
            intent.Slots[fill.Slot] = Slot(fill, skillId: "sim");
        }

        return intent;
    }

    private static Slot Slot(SpokenSlot fill, string skillId) =>
        RequestEnvelopes.ResolvedSlot(fill.Slot, RequestEnvelopes.SlotTypeOf(fill.Slot), fill.Heard, fill.Id, skillId);
}
