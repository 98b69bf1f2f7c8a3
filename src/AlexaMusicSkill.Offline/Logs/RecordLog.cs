using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Offline.Logs.Parquet;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Logs;

/// <summary>
/// The decision log read back, the one way every offline verb reads it: JSONL files (Lambda stdout exports, local
/// runs; parsed in parallel blocks by <see cref="JsonLinesRecordReader"/>), Parquet files (the S3 export,
/// <see cref="ParquetRecordFile"/>), or folders of either (files in path order), ordinary log lines skipped and retries
/// deduplicated (Lambda may retry an invocation; one request can end one conversation and start another, so a record
/// repeats when its request id, record type, conversation and turn do). Everything streams: records one by one
/// (<see cref="Records"/>), or conversations as they complete (<see cref="Conversations(IEnumerable{string}, RecordLogOptions)"/>;
/// the completeness rule and its assumption are <see cref="ConversationAssembler"/>'s).
/// </summary>
public static class RecordLog
{
    /// <summary>
    /// The function continues a conversation only within this of its last turn (<see cref="DialogueServices.ConversationTimeout"/>),
    /// so a conversation's decision and outcome records lie within it of each other; it is also contracts.md's expiry.
    /// </summary>
    public static readonly TimeSpan DefaultWindow = DialogueServices.ConversationTimeout;

    /// <param name="keepAllFeatures">See <see cref="RecordLogOptions.KeepAllFeatures"/>; null keeps every feature.</param>
    public static IEnumerable<LogRecord> Records(IEnumerable<string> paths, Func<string, bool>? keepAllFeatures = null) =>
        Deduplicated(paths, keepAllFeatures).Select(r => r.Record);

    /// <summary>
    /// The log's conversations, each once complete; throws <see cref="OutOfOrderLogException"/> when the log is out of
    /// time order beyond the window (<see cref="Read{T}(IEnumerable{string}, Func{IEnumerable{LoggedConversation}, T}, RecordLogOptions)"/>
    /// recovers from that).
    /// </summary>
    public static IEnumerable<LoggedConversation> Conversations(IEnumerable<string> paths, RecordLogOptions? options = null)
    {
        options ??= new RecordLogOptions();
        return new ConversationAssembler(options).Assemble(Deduplicated(paths, options.KeepAllFeatures).Select(r => (r.Record, (string?)r.File)));
    }

    /// <summary>Conversations of records already read (retries already removed), in the order given; as above.</summary>
    public static IEnumerable<LoggedConversation> Conversations(IEnumerable<LogRecord> records, RecordLogOptions? options = null)
    {
        options ??= new RecordLogOptions();
        var keep = options.KeepAllFeatures;
        return new ConversationAssembler(options).Assemble(records.Select(r => (Trimmed(r, keep), (string?)null)));
    }

    /// <summary>
    /// Runs <paramref name="consume"/> over the log's conversations as they complete. A log out of time order beyond the
    /// window is read again, sorted by time in memory, and consumed afresh: the answer is the same either way, only the
    /// memory differs (all records at once, as an unsorted log needs until the logs are sorted on disk).
    /// </summary>
    public static T Read<T>(IEnumerable<string> paths, Func<IEnumerable<LoggedConversation>, T> consume, RecordLogOptions? options = null)
    {
        try
        {
            return consume(Conversations(paths, options));
        }
        catch (OutOfOrderLogException)
        {
            // Trimmed as read, so not again.
            return InTimeOrder([.. Records(paths, options?.KeepAllFeatures)], consume, (options ?? new RecordLogOptions()) with { KeepAllFeatures = null });
        }
    }

    /// <summary>The same over records already read; they are enumerated again when out of order.</summary>
    public static T Read<T>(IEnumerable<LogRecord> records, Func<IEnumerable<LoggedConversation>, T> consume, RecordLogOptions? options = null)
    {
        try
        {
            return consume(Conversations(records, options));
        }
        catch (OutOfOrderLogException)
        {
            return InTimeOrder(records, consume, options);
        }
    }

    private static T InTimeOrder<T>(IEnumerable<LogRecord> records, Func<IEnumerable<LoggedConversation>, T> consume, RecordLogOptions? options)
    {
        try
        {
            // Stable: records with one timestamp keep their log order.
            return consume(Conversations(records.OrderBy(r => r.Timestamp), options));
        }
        catch (OutOfOrderLogException e)
        {
            throw new InvalidDataException(
                $"Even in time order a conversation's records lie more than {(options?.Window ?? DefaultWindow).TotalMinutes:0} minutes apart, " +
                $"which the function never writes: {e.Message}", e);
        }
    }

    private static IEnumerable<(LogRecord Record, string File)> Deduplicated(IEnumerable<string> paths, Func<string, bool>? keepAllFeatures)
    {
        var seen = new HashSet<UInt128>();
        foreach (var file in paths.SelectMany(Expand))
        {
            foreach (var record in ReadFile(file))
            {
                if (seen.Add(RecordFingerprint.Of(record)))
                {
                    yield return (Trimmed(record, keepAllFeatures), file);
                }
            }
        }
    }

    private static LogRecord Trimmed(LogRecord record, Func<string, bool>? keepAllFeatures) =>
        keepAllFeatures is not null && record is DecisionRecord decision && !keepAllFeatures(decision.ConversationId)
            ? ChosenFeaturesOnly(decision)
            : record;

    /// <summary>The record with every candidate's features dropped but the chosen one's (marked by an empty array).</summary>
    private static DecisionRecord ChosenFeaturesOnly(DecisionRecord decision)
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

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || f.EndsWith(ParquetRecordFile.Extension, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No decision log at {path}.", path);
}
