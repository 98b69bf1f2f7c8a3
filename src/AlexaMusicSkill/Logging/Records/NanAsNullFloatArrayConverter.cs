using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Logging.Records;

/// <summary>JSON has no NaN: missing feature values travel as null and come back as NaN.</summary>
public sealed class NanAsNullFloatArrayConverter : JsonConverter<float[]>
{
    public override float[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of numbers.");
        }

        var values = new List<float>(64);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType == JsonTokenType.Null ? float.NaN : reader.GetSingle());
        }

        return [.. values];
    }

    public override void Write(Utf8JsonWriter writer, float[] value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var v in value)
        {
            if (float.IsNaN(v) || float.IsInfinity(v))
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteNumberValue(v);
            }
        }

        writer.WriteEndArray();
    }
}
