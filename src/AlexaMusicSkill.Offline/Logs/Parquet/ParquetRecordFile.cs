using System.Text.Json;
using System.Text.Json.Serialization;
using AlexaMusicSkill.Records;
using Parquet;
using Parquet.Serialization;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// Decision, outcome and listening records as Parquet files with the <c>records</c> table's schema: what Firehose
/// delivers to S3, and what <c>musicskill</c> writes from local JSONL logs for upload
/// (<c>s3://&lt;bucket&gt;/records/dt=YYYY-MM-DD/&lt;name&gt;.parquet</c>).
/// </summary>
public static class ParquetRecordFile
{
    public const string Extension = ".parquet";

    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy };

    private static readonly JsonSerializerOptions RowJson = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task WriteAsync(IEnumerable<LogRecord> records, Stream destination, CancellationToken cancellationToken = default) =>
        await ParquetSerializer.SerializeAsync(records.Select(RecordRows.From), destination, Options, cancellationToken: cancellationToken);

    public static async Task WriteAsync(IEnumerable<LogRecord> records, string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.Create(path);
        await WriteAsync(records, file, cancellationToken);
    }

    /// <summary>Every record in the file; rows of record types this version does not know are skipped.</summary>
    public static async Task<IReadOnlyList<LogRecord>> ReadAsync(Stream source, CancellationToken cancellationToken = default)
    {
        var rows = await ParquetRowAssembler.ReadRowsAsync(source, cancellationToken);
        return [.. rows.Select(row => row.Deserialize<RecordRow>(RowJson)!).Select(RecordRows.ToRecord).OfType<LogRecord>()];
    }

    public static async Task<IReadOnlyList<LogRecord>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.OpenRead(path);
        try
        {
            return await ReadAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or InvalidOperationException or JsonException)
        {
            throw new InvalidDataException($"{path}: not a readable records file ({e.Message}).", e);
        }
    }
}
