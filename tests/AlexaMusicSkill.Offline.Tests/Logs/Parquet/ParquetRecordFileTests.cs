using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Logging.Records;
using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Logs.Parquet;
using Parquet.Serialization;

namespace AlexaMusicSkill.Offline.Tests.Logs.Parquet;

public sealed class ParquetRecordFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("records-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RoundTrip_JsonLinesToParquetToRecords_IsLossless()
    {
        var original = (await SampleLogs.FromEngineAsync()).Concat(SampleLogs.EdgeValues()).ToList();
        var jsonl = SampleLogs.WriteJsonLines(original, _folder);

        var fromJsonl = RecordLog.Records([jsonl]).ToList();
        var parquet = Path.Combine(_folder, "records.parquet");
        await ParquetRecordFile.WriteAsync(fromJsonl, parquet, Token);
        var fromParquet = await ParquetRecordFile.ReadAsync(parquet, Token);

        Assert.Equal(original.Count, fromJsonl.Count);
        Assert.Equal(original.Select(JsonLinesDecisionLog.Serialize), fromParquet.Select(JsonLinesDecisionLog.Serialize));
        Assert.Contains(fromParquet, r => r is DecisionRecord { Exploring: true, Candidates.Count: > 1 });
        Assert.Contains(fromParquet, r => r is ListeningRecord);
        Assert.True(float.IsNaN(fromParquet.OfType<DecisionRecord>().Single(d => d.ConversationId == "c-edge").Candidates[0].Features[1]));
    }

    [Fact]
    public async Task Read_FolderOfJsonLinesAndParquet_ReadsBothAndDropsDuplicates()
    {
        var records = await SampleLogs.FromEngineAsync();
        SampleLogs.WriteJsonLines(records, _folder);
        // The same records again as Parquet (an export that overlaps a local copy), plus new ones.
        await ParquetRecordFile.WriteAsync(records.Concat(SampleLogs.EdgeValues()), Path.Combine(_folder, "dt=2026-11-25", "part-0.parquet").Also(CreateParent), Token);

        var read = RecordLog.Records([_folder]).ToList();

        Assert.Equal(records.Count + 2, read.Count);
    }

    [Fact]
    public async Task Write_FileSchema_IsTheRecordTableSchema()
    {
        var parquet = Path.Combine(_folder, "schema.parquet");
        await ParquetRecordFile.WriteAsync(SampleLogs.EdgeValues(), parquet, Token);

        var written = await ParquetSerializer.DeserializeAsync<RecordRow>(parquet, cancellationToken: Token);

        Assert.Equal(RecordTableSchema.Columns, written.Schema.Fields.Select(f => (f.Name, RecordTableSchema.HiveType(f))));
    }

    [Fact]
    public async Task Read_UnknownRecordType_IsSkipped()
    {
        var rows = SampleLogs.EdgeValues().Select(RecordRows.From).ToList();
        rows.Add(new RecordRow { RecordType = "feedback-v2", RequestId = "r", ConversationId = "c", UserKey = "k", Timestamp = "2026-11-25T00:00:00Z", SchemaVersion = 2 });
        var parquet = Path.Combine(_folder, "future.parquet");
        await ParquetSerializer.SerializeAsync(rows, parquet, cancellationToken: Token);

        var read = await ParquetRecordFile.ReadAsync(parquet, Token);

        Assert.Equal(2, read.Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void CreateParent(string path) => Directory.CreateDirectory(Path.GetDirectoryName(path)!);
}

internal static class PathExtensions
{
    public static string Also(this string value, Action<string> action)
    {
        action(value);
        return value;
    }
}
