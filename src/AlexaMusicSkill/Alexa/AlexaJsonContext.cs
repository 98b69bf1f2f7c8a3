using System.Text.Json;
using System.Text.Json.Serialization;
using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Alexa;

/// <summary>
/// Source-generated JSON for the wire model (no reflection, Native AOT safe).
/// <c>type</c> may come after other properties in real traffic, hence out-of-order metadata.
/// Timestamps go through <see cref="AlexaTimestampConverter"/> so they are written the way Alexa writes them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    Converters = [typeof(AlexaTimestampConverter)])]
[JsonSerializable(typeof(SkillRequest))]
[JsonSerializable(typeof(SkillResponse))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
internal sealed partial class AlexaJsonContext : JsonSerializerContext;
