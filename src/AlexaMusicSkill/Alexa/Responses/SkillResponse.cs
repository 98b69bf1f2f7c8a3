using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa.Responses;

/// <summary>The envelope we return. Build it with <see cref="ResponseBuilder"/>, which enforces Alexa's rules.</summary>
public sealed class SkillResponse
{
    public string Version { get; set; } = "1.0";

    /// <summary>Never sent for out-of-session requests (AudioPlayer, PlaybackController, System).</summary>
    public Dictionary<string, JsonElement>? SessionAttributes { get; set; }

    public ResponseBody Response { get; set; } = new();

    /// <summary>The serialized form, kept by the builder after its size check so the edge does not serialize twice.</summary>
    [JsonIgnore]
    internal byte[]? Utf8Json { get; set; }

    /// <summary>The empty envelope <c>{"version":"1.0","response":{}}</c> for events that must get no content.</summary>
    public static SkillResponse Empty() => new();
}
