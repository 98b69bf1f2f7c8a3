using System.Text.Json.Serialization;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Storage;

/// <summary>Compact, source-generated JSON for the stored items (state and profile attributes).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(DialogueState))]
[JsonSerializable(typeof(UserProfile))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
