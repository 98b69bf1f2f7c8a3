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
            else if (IsSmallInteger(v))
            {
                // Most features are counts and indicators: the integer writer gives the same text ("3", "0") at a
                // fraction of the cost of the shortest round-trip float formatter.
                writer.WriteNumberValue((int)v);
            }
            else
            {
                writer.WriteNumberValue(v);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Whole numbers whose float text is plain digits (no exponent); -0 keeps the float writer ("-0").</summary>
    internal static bool IsSmallInteger(float v) => v is > -1e6f and < 1e6f && v == (int)v && !(v == 0 && float.IsNegative(v));
}
