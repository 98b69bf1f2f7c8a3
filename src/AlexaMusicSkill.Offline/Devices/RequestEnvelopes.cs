using System.Text.Json;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;

namespace AlexaMusicSkill.Offline.Devices;

/// <summary>
/// Request envelopes shaped the way an Alexa device sends them, for the hosts that make their own requests: local chat,
/// the simulator and the tests. One place knows the shape: context.System with application, user and device
/// (AudioPlayer when supported), the session when there is one, slots with entity resolution.
/// </summary>
public static class RequestEnvelopes
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static SkillRequest Create(
        Request request,
        string skillId,
        string userId,
        Session? session,
        string deviceId,
        bool supportsAudioPlayer = true,
        AudioPlayerState? player = null)
    {
        var application = new Application { ApplicationId = skillId };
        var user = new AlexaUser { UserId = userId };
        if (session is not null)
        {
            session.Application ??= application;
            session.User ??= user;
        }

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
                    Device = new Device
                    {
                        DeviceId = deviceId,
                        SupportedInterfaces = supportsAudioPlayer ? new Dictionary<string, JsonElement> { ["AudioPlayer"] = EmptyObject } : [],
                    },
                    ApiEndpoint = "https://api.amazonalexa.com",
                },
                AudioPlayer = player,
            },
            Request = request,
        };
    }

    /// <summary>
    /// A filled slot of a custom type as Alexa resolves it: ER_SUCCESS_MATCH with the value's id and canonical name,
    /// or ER_SUCCESS_NO_MATCH without values (real traffic omits them); optionally the newer Simple <c>slotValue</c>.
    /// </summary>
    public static Slot ResolvedSlot(string name, string slotType, string heard, string? id, string skillId, string? canonicalName = null, bool withSlotValue = false)
    {
        var resolutions = new Resolutions
        {
            ResolutionsPerAuthority =
            [
                new ResolutionAuthority
                {
                    Authority = $"amzn1.er-authority.echo-sdk.{skillId}.{slotType}",
                    Status = new ResolutionStatusCode { Code = id is null ? ResolutionCodes.NoMatch : ResolutionCodes.Match },
                    Values = id is null ? null : [new ResolutionValueWrapper { Value = new ResolutionValue { Id = id, Name = canonicalName ?? heard } }],
                },
            ],
        };
        return new Slot
        {
            Name = name,
            Value = heard,
            ConfirmationStatus = "NONE",
            Source = "USER",
            Resolutions = resolutions,
            SlotValue = withSlotValue ? new SimpleSlotValue { Value = heard, Resolutions = resolutions } : null,
        };
    }

    /// <summary>The slot type name our interaction model gives a slot ("mood" → "MoodType").</summary>
    public static string SlotTypeOf(string slotName) => char.ToUpperInvariant(slotName[0]) + slotName[1..] + "Type";
}
