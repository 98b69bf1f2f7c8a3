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
        using var buffer = new MemoryStream(records.Count * 4096);
        foreach (var record in records)
        {
            System.Text.Json.JsonSerializer.Serialize(buffer, record, RecordJsonContext.Default.LogRecord);
            buffer.WriteByte((byte)'\n');
        }

        lock (_gate)
        {
            _waiting[chunk] = buffer.ToArray();
            RecordsWritten += records.Count;
            while (_waiting.Remove(_next, out var bytes))
            {
                _output.Write(bytes);
                _next++;
            }
        }
    }

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
