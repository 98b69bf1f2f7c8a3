using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Policy.Model;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ModelArtifact))]
public sealed partial class ModelJsonContext : JsonSerializerContext;
