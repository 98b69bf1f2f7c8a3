using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>
/// The polymorphic <c>request</c> object, discriminated by <c>type</c> (which may come after other properties).
/// An unrecognised type deserialises as this base class, never as an exception; see <see cref="IsUnknown"/>.
/// </summary>
[JsonPolymorphic(
    TypeDiscriminatorPropertyName = "type",
    IgnoreUnrecognizedTypeDiscriminators = true,
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType)]
[JsonDerivedType(typeof(LaunchRequest), RequestTypes.Launch)]
[JsonDerivedType(typeof(IntentRequest), RequestTypes.Intent)]
[JsonDerivedType(typeof(SessionEndedRequest), RequestTypes.SessionEnded)]
[JsonDerivedType(typeof(CanFulfillIntentRequest), RequestTypes.CanFulfillIntent)]
[JsonDerivedType(typeof(SessionResumedRequest), RequestTypes.SessionResumed)]
[JsonDerivedType(typeof(PlaybackStartedRequest), RequestTypes.PlaybackStarted)]
[JsonDerivedType(typeof(PlaybackFinishedRequest), RequestTypes.PlaybackFinished)]
[JsonDerivedType(typeof(PlaybackStoppedRequest), RequestTypes.PlaybackStopped)]
[JsonDerivedType(typeof(PlaybackNearlyFinishedRequest), RequestTypes.PlaybackNearlyFinished)]
[JsonDerivedType(typeof(PlaybackFailedRequest), RequestTypes.PlaybackFailed)]
[JsonDerivedType(typeof(PlayCommandIssuedRequest), RequestTypes.PlayCommandIssued)]
[JsonDerivedType(typeof(PauseCommandIssuedRequest), RequestTypes.PauseCommandIssued)]
[JsonDerivedType(typeof(NextCommandIssuedRequest), RequestTypes.NextCommandIssued)]
[JsonDerivedType(typeof(PreviousCommandIssuedRequest), RequestTypes.PreviousCommandIssued)]
[JsonDerivedType(typeof(ExceptionEncounteredRequest), RequestTypes.ExceptionEncountered)]
[JsonDerivedType(typeof(SkillEnabledRequest), RequestTypes.SkillEnabled)]
[JsonDerivedType(typeof(SkillDisabledRequest), RequestTypes.SkillDisabled)]
public class Request
{
    public string? RequestId { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? Locale { get; set; }

    /// <summary>The wire <c>type</c> of this request; "Unknown" for a type we do not model.</summary>
    [JsonIgnore]
    public string Type => WireType;

    /// <summary>True when Alexa sent a request type this model does not know (it fell back to the base class).</summary>
    [JsonIgnore]
    public bool IsUnknown => GetType() == typeof(Request);

    /// <summary>
    /// Each subtype's discriminator. Not public: System.Text.Json owns "type" as metadata, and a public override
    /// (which does not inherit [JsonIgnore]) would clash with it and make every request fail to deserialize.
    /// </summary>
    private protected virtual string WireType => RequestTypes.Unknown;
}
