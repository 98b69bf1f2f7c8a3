using AlexaMusicSkill.Offline.Logs.Parquet;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// Reads decision, outcome and listening records from JSONL files (Lambda stdout exports or local runs), Parquet files
/// (the S3 export, or files written by <see cref="ParquetRecordFile"/>), or folders of either, skipping ordinary log
/// lines and deduplicating retries (Lambda may retry an invocation): one request can end one conversation and start
/// another, so the key is request id, record type, conversation and turn.
/// </summary>
public static class DecisionLogReader
{
    /// <param name="keepAllFeatures">
    /// Which conversations keep every candidate's features (the ones that will be evaluated); the others keep only the
    /// chosen candidate's, which is all training needs. Most of a log's memory is candidate features: a training run
    /// that evaluates a fifth of the conversations holds about a third as much. Null keeps everything.
    /// </param>
    public static IReadOnlyList<LogRecord> Read(IEnumerable<string> paths, Func<string, bool>? keepAllFeatures = null)
    {
        var seen = new HashSet<(string, string, string, int)>();
        var records = new List<LogRecord>();
        foreach (var file in paths.SelectMany(Expand))
        {
            foreach (var record in ReadFile(file))
            {
                if (seen.Add((record.RequestId, TypeOf(record), record.ConversationId, record is DecisionRecord d ? d.Turn : -1)))
                {
                    records.Add(keepAllFeatures is not null && record is DecisionRecord decision && !keepAllFeatures(decision.ConversationId)
                        ? ChosenFeaturesOnly(decision)
                        : record);
                }
            }
        }

        return records;
    }

    /// <summary>The record with every candidate's features dropped but the chosen one's (marked by an empty array).</summary>
    public static DecisionRecord ChosenFeaturesOnly(DecisionRecord decision)
    {
        var candidates = new CandidateRecord[decision.Candidates.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            var candidate = decision.Candidates[i];
            candidates[i] = candidate.Action == decision.Chosen ? candidate : candidate with { Features = [] };
        }

        return decision with { Candidates = candidates };
    }

    private static IEnumerable<LogRecord> ReadFile(string file)
    {
        if (file.EndsWith(ParquetRecordFile.Extension, StringComparison.OrdinalIgnoreCase))
        {
            // Parquet.Net is async-only; the offline tools have no synchronization context to deadlock on.
            return ParquetRecordFile.ReadAsync(file).GetAwaiter().GetResult();
        }

        return JsonLinesRecordReader.Read(file);
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
