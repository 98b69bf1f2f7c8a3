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
    private static readonly Dictionary<string, JsonElement> AudioPlayerInterface = new()
    {
        ["AudioPlayer"] = JsonDocument.Parse("{}").RootElement.Clone(),
    };

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

        var application = new Application { ApplicationId = skillId };
        var user = new AlexaUser { UserId = _userId };
        var session = new Session
        {
            New = _sessionNew,
            SessionId = string.Create(CultureInfo.InvariantCulture, $"{_requestPrefix}.s{_session}"),
            Application = application,
            User = user,
            Attributes = _attributes,
        };
        _sessionNew = false;
        return new SkillRequest
        {
            Version = "1.0",
            Session = session,
            Context = new RequestContext
            {
                System = new SystemState
                {
                    Application = application,
                    User = user,
                    Device = new Device { DeviceId = "amzn1.ask.device.SIMULATED", SupportedInterfaces = AudioPlayerInterface },
                },
            },
            Request = request,
        };
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

    private static Slot Slot(SlotFill fill, string skillId)
    {
        var typeName = char.ToUpperInvariant(fill.Slot[0]) + fill.Slot[1..] + "Type";
        var authority = new ResolutionAuthority
        {
            Authority = $"amzn1.er-authority.echo-sdk.{skillId}.{typeName}",
            Status = new ResolutionStatusCode { Code = fill.Id is null ? ResolutionCodes.NoMatch : ResolutionCodes.Match },
            Values = fill.Id is null ? null : [new ResolutionValueWrapper { Value = new ResolutionValue { Id = fill.Id, Name = fill.Heard } }],
        };
        return new Slot
        {
            Name = fill.Slot,
            Value = fill.Heard,
            ConfirmationStatus = "NONE",
            Source = "USER",
            Resolutions = new Resolutions { ResolutionsPerAuthority = [authority] },
        };
    }
}
