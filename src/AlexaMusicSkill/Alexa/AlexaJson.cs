using System.Buffers;
using System.Text.Json;
using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Alexa;

/// <summary>The one place that turns wire bytes into the typed model and back.</summary>
public static class AlexaJson
{
    /// <summary>Parses a request envelope; malformed JSON is a <see cref="JsonException"/> for the edge to answer.</summary>
    public static SkillRequest DeserializeRequest(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, AlexaJsonContext.Default.SkillRequest)
        ?? throw new JsonException("The request body is JSON null.");

    public static SkillRequest DeserializeRequest(string json) =>
        JsonSerializer.Deserialize(json, AlexaJsonContext.Default.SkillRequest)
        ?? throw new JsonException("The request body is JSON null.");

    public static SkillResponse DeserializeResponse(string json) =>
        JsonSerializer.Deserialize(json, AlexaJsonContext.Default.SkillResponse)
        ?? throw new JsonException("The response body is JSON null.");

    public static string SerializeRequest(SkillRequest request) =>
        JsonSerializer.Serialize(request, AlexaJsonContext.Default.SkillRequest);

    /// <summary>UTF-8 bytes of a response, reusing the bytes the builder already produced for its size check.</summary>
    public static byte[] SerializeResponse(SkillResponse response) =>
        response.Utf8Json ?? JsonSerializer.SerializeToUtf8Bytes(response, AlexaJsonContext.Default.SkillResponse);

    public static string SerializeResponseToString(SkillResponse response) =>
        System.Text.Encoding.UTF8.GetString(SerializeResponse(response));

    internal static byte[] SerializeResponseFresh(SkillResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, response, AlexaJsonContext.Default.SkillResponse);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static JsonElement ToElement(string value) =>
        JsonSerializer.SerializeToElement(value, AlexaJsonContext.Default.String);

    public static JsonElement ToElement(long value) =>
        JsonSerializer.SerializeToElement(value, AlexaJsonContext.Default.Int64);
}
