using AlexaMusicSkill.Records;
using Parquet;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// Decision, outcome and listening records as Parquet files with the <c>records</c> table's schema: what Firehose
/// delivers to S3, and what <c>musicskill</c> writes from local JSONL logs for upload
/// (<c>s3://&lt;bucket&gt;/records/dt=YYYY-MM-DD/&lt;name&gt;.parquet</c>). Both directions go through
/// <see cref="RecordColumns"/>, the one map of the table's columns.
/// </summary>
public static class ParquetRecordFile
{
    public const string Extension = ".parquet";

    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy };

    public static Task WriteAsync(IEnumerable<LogRecord> records, Stream destination, CancellationToken cancellationToken = default) =>
        WriteRowsAsync([.. records.Select(RecordColumns.ToRow)], destination, cancellationToken);

    public static async Task WriteAsync(IEnumerable<LogRecord> records, string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.Create(path);
        await WriteAsync(records, file, cancellationToken);
    }

    /// <summary>Every record in the file; rows of record types this version does not know are skipped.</summary>
    public static async Task<IReadOnlyList<LogRecord>> ReadAsync(Stream source, CancellationToken cancellationToken = default)
    {
        var rows = await ParquetRowAssembler.ReadRowsAsync(source, cancellationToken);
        return [.. rows.Select(RecordColumns.ToRecord).OfType<LogRecord>()];
    }

    public static async Task<IReadOnlyList<LogRecord>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.OpenRead(path);
        try
        {
            return await ReadAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a readable records file ({e.Message}).", e);
        }
    }

    /// <summary>Rows as <see cref="RecordColumns"/> builds them, written with the table's schema (tests write rows no record makes).</summary>
    internal static Task WriteRowsAsync(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, Stream destination, CancellationToken cancellationToken = default) =>
        ParquetRowShredder.WriteAsync(RecordColumns.NewSchema(), rows, destination, Options, cancellationToken);
}
