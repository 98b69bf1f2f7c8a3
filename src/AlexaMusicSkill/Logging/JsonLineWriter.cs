using System.Text.Json;

namespace AlexaMusicSkill.Logging;

/// <summary>
/// Writes whole JSON objects as single lines to one output (stdout in Lambda, where each newline is a log event),
/// serialising writers so lines from concurrent turns never interleave.
/// </summary>
public sealed class JsonLineWriter(Stream output) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Stream _output = output;

    public static JsonLineWriter StandardOutput() => new(Console.OpenStandardOutput());

    public void WriteLine(Action<Utf8JsonWriter> writeObject)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writeObject(writer);
            writer.WriteEndObject();
        }

        lock (_gate)
        {
            _output.Write(buffer.WrittenSpan);
            _output.WriteByte((byte)'\n');
            _output.Flush();
        }
    }

    /// <summary>Writes an already serialized JSON object (no newlines inside) as one line.</summary>
    public void WriteRaw(ReadOnlySpan<byte> utf8Json)
    {
        lock (_gate)
        {
            _output.Write(utf8Json);
            _output.WriteByte((byte)'\n');
            _output.Flush();
        }
    }

    public void Dispose() => _output.Dispose();
}
