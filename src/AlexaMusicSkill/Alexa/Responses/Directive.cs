using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa.Responses;

/// <summary>A response directive, discriminated by <c>type</c>.</summary>
[JsonPolymorphic(
    TypeDiscriminatorPropertyName = "type",
    IgnoreUnrecognizedTypeDiscriminators = true,
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType)]
[JsonDerivedType(typeof(AudioPlayerPlayDirective), DirectiveTypes.AudioPlayerPlay)]
[JsonDerivedType(typeof(AudioPlayerStopDirective), DirectiveTypes.AudioPlayerStop)]
[JsonDerivedType(typeof(AudioPlayerClearQueueDirective), DirectiveTypes.AudioPlayerClearQueue)]
[JsonDerivedType(typeof(DialogDelegateDirective), DirectiveTypes.DialogDelegate)]
[JsonDerivedType(typeof(DialogElicitSlotDirective), DirectiveTypes.DialogElicitSlot)]
[JsonDerivedType(typeof(DialogConfirmSlotDirective), DirectiveTypes.DialogConfirmSlot)]
[JsonDerivedType(typeof(DialogConfirmIntentDirective), DirectiveTypes.DialogConfirmIntent)]
[JsonDerivedType(typeof(DialogUpdateDynamicEntitiesDirective), DirectiveTypes.DialogUpdateDynamicEntities)]
public class Directive
{
    /// <summary>The wire <c>type</c> of this directive; "Unknown" for a type we do not model.</summary>
    [JsonIgnore]
    public string Type => WireType;

    /// <summary>Each subtype's discriminator; not public so it cannot clash with the "type" metadata (see Request).</summary>
    private protected virtual string WireType => "Unknown";
}

public static class DirectiveTypes
{
    public const string AudioPlayerPlay = "AudioPlayer.Play";
    public const string AudioPlayerStop = "AudioPlayer.Stop";
    public const string AudioPlayerClearQueue = "AudioPlayer.ClearQueue";
    public const string DialogDelegate = "Dialog.Delegate";
    public const string DialogElicitSlot = "Dialog.ElicitSlot";
    public const string DialogConfirmSlot = "Dialog.ConfirmSlot";
    public const string DialogConfirmIntent = "Dialog.ConfirmIntent";
    public const string DialogUpdateDynamicEntities = "Dialog.UpdateDynamicEntities";
}
