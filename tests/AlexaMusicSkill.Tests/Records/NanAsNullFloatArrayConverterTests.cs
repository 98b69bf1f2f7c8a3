using System.Text;
using System.Text.Json;
using AlexaMusicSkill.Randomness;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Tests.Records;

public sealed class NanAsNullFloatArrayConverterTests
{
    [Fact]
    public void Write_IsTheFloatWritersTextForEveryValue_IntegersThroughTheFastPathIncluded()
    {
        var random = new SeededRandom(17);
        var values = new List<float> { 0f, -0f, 1f, -1f, 2f, 0.5f, 999_999f, -999_999f, 1_000_000f, 16_777_217f, 1e-7f, float.Epsilon, float.MaxValue, float.MinValue };
        for (var i = 0; i < 20_000; i++)
        {
            values.Add((float)Math.Round((random.NextDouble() - 0.5) * 2_000));
            values.Add((float)((random.NextDouble() - 0.5) * 100));
            values.Add((float)random.NextDouble());
        }

        foreach (var v in values)
        {
            Assert.Equal(FloatWriterText(v), ConverterText(v));
        }
    }

    [Fact]
    public void RoundTrip_NanBecomesNullAndComesBack()
    {
        float[] features = [1f, float.NaN, 0.25f, -0f];

        var back = Read(ConverterJson(features));

        Assert.Equal(4, back.Length);
        Assert.True(float.IsNaN(back[1]));
        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(back[3]));
        Assert.Equal([1f, 0.25f], [back[0], back[2]]);
    }

    private static string ConverterText(float v) => ConverterJson([v])[1..^1];

    private static string ConverterJson(float[] values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new NanAsNullFloatArrayConverter().Write(writer, values, JsonSerializerOptions.Default);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string FloatWriterText(float v)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteNumberValue(v);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static float[] Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new NanAsNullFloatArrayConverter().Read(ref reader, typeof(float[]), JsonSerializerOptions.Default);
    }
}
