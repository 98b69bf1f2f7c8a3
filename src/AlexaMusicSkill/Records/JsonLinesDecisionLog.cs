using System.Text.Json;
using AlexaMusicSkill.Logging;

namespace AlexaMusicSkill.Records;

/// <summary>Writes each record as one JSON line (stdout in Lambda, where the template pins INFO; a .jsonl file locally).</summary>
public sealed class JsonLinesDecisionLog(JsonLineWriter output) : IDecisionLog
{
    public void Append(LogRecord record) =>
        output.WriteRaw(JsonSerializer.SerializeToUtf8Bytes(record, RecordJsonContext.Default.LogRecord));

    public static string Serialize(LogRecord record) => JsonSerializer.Serialize(record, RecordJsonContext.Default.LogRecord);

    /// <summary>Parses one line; null for lines that are not records (ordinary log lines share the stream).</summary>
    public static LogRecord? TryParse(string line)
    {
        if (!line.Contains("\"recordType\"", StringComparison.Ordinal))
        {
            return null;
        }

        return JsonSerializer.Deserialize(line, RecordJsonContext.Default.LogRecord);
    }
}
