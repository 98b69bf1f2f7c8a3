using System.Text.Json;

namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Sent only after skill connections or tasks, which we do not use; modelled so it is never "unknown".</summary>
public sealed class SessionResumedRequest : Request
{
    public JsonElement? Cause { get; set; }

    private protected override string WireType => RequestTypes.SessionResumed;
}
