using System.Collections.Concurrent;
using System.Text.Json;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// Reads a JSONL decision log fast and compactly: UTF-8 bytes straight into records (no string per line), blocks of
/// lines parsed in parallel and returned in file order, and the action ids that repeat on every candidate of every
/// decision shared instead of allocated millions of times.
/// </summary>
internal static class JsonLinesRecordReader
{
    private const int BlockBytes = 8 << 20;
    private static ReadOnlySpan<byte> RecordTypeProperty => "\"recordType\""u8;

    private static ReadOnlySpan<byte> RecordTypeFirst => "{\"recordType\":"u8;

    public static IEnumerable<LogRecord> Read(string file)
    {
        var strings = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[BlockBytes];
        var filled = 0;
        var firstLine = 1L;
        while (true)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // a single line longer than a block
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var atEnd = read == 0;
            if (filled == 0)
            {
                yield break;
            }

            var end = atEnd ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (end == 0)
            {
                continue;
            }

            var lines = Split(buffer, end);
            var records = new LogRecord?[lines.Count];
            var data = buffer;
            var lineOffset = firstLine;
            ParallelWork.For(lines.Count, i => records[i] = Parse(data.AsSpan(lines[i].Start, lines[i].Length), file, lineOffset + i, strings));
            foreach (var record in records)
            {
                if (record is not null)
                {
                    yield return record;
                }
            }

            firstLine += lines.Count;
            buffer.AsSpan(end, filled - end).CopyTo(buffer);
            filled -= end;
            if (atEnd && filled == 0)
            {
                yield break;
            }
        }
    }

    private static List<(int Start, int Length)> Split(byte[] buffer, int end)
    {
        var lines = new List<(int, int)>(4096);
        var start = 0;
        while (start < end)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            var length = newline < 0 ? end - start : newline;
            lines.Add((start, length));
            start += length + 1;
        }

        return lines;
    }

    private static LogRecord? Parse(ReadOnlySpan<byte> line, string file, long lineNumber, ConcurrentDictionary<string, string> strings)
    {
        if (line.IndexOf(RecordTypeProperty) < 0)
        {
            return null; // an ordinary log line sharing the stream, or a blank line
        }

        LogRecord? record;
        try
        {
            record = line.StartsWith(RecordTypeFirst)
                ? JsonSerializer.Deserialize(line, OrderedRecordJsonContext.Default.LogRecord)
                : JsonSerializer.Deserialize(line, RecordJsonContext.Default.LogRecord);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}:{lineNumber}: not a valid record line ({e.Message}).", e);
        }

        return record is DecisionRecord decision ? Share(decision, strings) : record;
    }

    private static DecisionRecord Share(DecisionRecord decision, ConcurrentDictionary<string, string> strings)
    {
        var candidates = decision.Candidates;
        var shared = new CandidateRecord[candidates.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            var action = strings.GetOrAdd(candidates[i].Action, candidates[i].Action);
            shared[i] = ReferenceEquals(action, candidates[i].Action) ? candidates[i] : candidates[i] with { Action = action };
        }

        return decision with { Candidates = shared, Chosen = strings.GetOrAdd(decision.Chosen, decision.Chosen) };
    }
}
