using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Music.Affinity;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(AffinityArtifact))]
public sealed partial class AffinityJsonContext : JsonSerializerContext
{
    public static AffinityArtifact Parse(string json) =>
        JsonSerializer.Deserialize(json, Default.AffinityArtifact) ?? throw new InvalidDataException("The affinity model file is JSON null.");

    public static string Serialize(AffinityArtifact artifact) => JsonSerializer.Serialize(artifact, Default.AffinityArtifact);
}
