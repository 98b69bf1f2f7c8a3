using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Records;

/// <summary>JSON has no NaN: missing feature values travel as null and come back as NaN.</summary>
public sealed class NanAsNullFloatArrayConverter : JsonConverter<float[]>
{
    [ThreadStatic]
    private static float[]? t_scratch;

    public override float[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of numbers.");
        }

        // Offline readers parse millions of these: fill a per-thread scratch row, then allocate the exact size once.
        var scratch = t_scratch ??= new float[256];
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count == scratch.Length)
            {
                Array.Resize(ref scratch, scratch.Length * 2);
                t_scratch = scratch;
            }

            scratch[count++] = reader.TokenType == JsonTokenType.Null ? float.NaN : reader.GetSingle();
        }

        return scratch.AsSpan(0, count).ToArray();
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
