using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Logging.Records;
using AlexaMusicSkill.Offline.Logs.Parquet;

namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// Reads decision, outcome and listening records from JSONL files (Lambda stdout exports or local runs), Parquet files
/// (the S3 export, or files written by <see cref="ParquetRecordFile"/>), or folders of either, skipping ordinary log
/// lines and deduplicating retries (Lambda may retry an invocation): one request can end one conversation and start
/// another, so the key is request id, record type, conversation and turn.
/// </summary>
public static class DecisionLogReader
{
    public static IReadOnlyList<LogRecord> Read(IEnumerable<string> paths)
    {
        var seen = new HashSet<(string, string, string, int)>();
        var records = new List<LogRecord>();
        foreach (var file in paths.SelectMany(Expand))
        {
            foreach (var record in ReadFile(file))
            {
                if (seen.Add((record.RequestId, TypeOf(record), record.ConversationId, record is DecisionRecord d ? d.Turn : -1)))
                {
                    records.Add(record);
                }
            }
        }

        return records;
    }

    private static IEnumerable<LogRecord> ReadFile(string file)
    {
        if (file.EndsWith(ParquetRecordFile.Extension, StringComparison.OrdinalIgnoreCase))
        {
            // Parquet.Net is async-only; the offline tools have no synchronization context to deadlock on.
            return ParquetRecordFile.ReadAsync(file).GetAwaiter().GetResult();
        }

        return ReadJsonLines(file);
    }

    private static IEnumerable<LogRecord> ReadJsonLines(string file)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            LogRecord? record;
            try
            {
                record = JsonLinesDecisionLog.TryParse(line);
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new InvalidDataException($"{file}:{lineNumber}: not a valid record line ({e.Message}).", e);
            }

            if (record is not null)
            {
                yield return record;
            }
        }
    }

    private static string TypeOf(LogRecord record) => record switch
    {
        DecisionRecord => RecordTypes.Decision,
        OutcomeRecord => RecordTypes.Outcome,
        _ => RecordTypes.Listening,
    };

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || f.EndsWith(ParquetRecordFile.Extension, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No decision log at {path}.", path);
}
