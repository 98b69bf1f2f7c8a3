using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa;

/// <summary>
/// Alexa's timestamps: read ISO 8601 strings (and the epoch milliseconds some older consoles sent),
/// write UTC with a <c>Z</c> suffix as Alexa does, so a re-serialized request reads like the original.
/// </summary>
internal sealed class AlexaTimestampConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt64(out var milliseconds) && IsEpochMillisecondsInRange(milliseconds)
                ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
                : throw new JsonException("A numeric timestamp must be whole epoch milliseconds.");
        }

        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        throw new JsonException("A timestamp must be an ISO 8601 string or epoch milliseconds.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));

    private static bool IsEpochMillisecondsInRange(long milliseconds) =>
        milliseconds >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds()
        && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
}
