using System.Buffers;
using System.Text.Json;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// Writes simulated records as production does (one JSON line each, <c>recordType</c> and all), in chunk order:
/// chunks are serialized on the worker's thread and written as soon as every earlier chunk has been.
/// </summary>
public sealed class JsonLinesRecordSink : IRecordSink, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Stream _output;
    private readonly SortedDictionary<int, byte[]> _waiting = [];
    private int _next;

    public JsonLinesRecordSink(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        FilePath = path;
    }

    public string FilePath { get; }

    public long RecordsWritten { get; private set; }

    public void Write(int chunk, IReadOnlyList<LogRecord> records)
    {
        // One buffer and writer per worker thread, reused chunk after chunk: a chunk is megabytes of JSON, and growing
        // a fresh buffer for each would churn the large-object heap.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1 << 22);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        foreach (var record in records)
        {
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, record, RecordJsonContext.Default.LogRecord);
            writer.Flush();
            buffer.Write("\n"u8);
        }

        lock (_gate)
        {
            RecordsWritten += records.Count;
            if (chunk != _next)
            {
                _waiting[chunk] = buffer.WrittenSpan.ToArray();
                return;
            }

            _output.Write(buffer.WrittenSpan);
            _next++;
            while (_waiting.Remove(_next, out var bytes))
            {
                _output.Write(bytes);
                _next++;
            }
        }
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public void Dispose()
    {
        lock (_gate)
        {
            if (_waiting.Count > 0)
            {
                throw new InvalidOperationException($"Chunks {string.Join(", ", _waiting.Keys)} arrived but chunk {_next} never did.");
            }

            _output.Dispose();
        }
    }
}
