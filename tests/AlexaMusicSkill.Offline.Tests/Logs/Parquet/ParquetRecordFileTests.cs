using System.Text.Json;
using System.Text.Json.Nodes;
using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Logs.Parquet;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;
using Parquet;

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

        var written = await ParquetReader.ReadSchemaAsync(parquet);

        Assert.Equal(RecordTableSchema.Columns, written.Fields.Select(f => (f.Name, RecordTableSchema.HiveType(f))));
    }

    [Fact]
    public async Task Read_UnknownRecordType_IsSkipped()
    {
        var rows = SampleLogs.EdgeValues().Select(IReadOnlyDictionary<string, object?> (r) => RecordColumns.ToRow(r)).ToList();
        rows.Add(new Dictionary<string, object?> { ["recordtype"] = "feedback-v2", ["requestid"] = "r", ["conversationid"] = "c", ["userkey"] = "k", ["timestamp"] = "2026-11-25T00:00:00Z", ["schemaversion"] = 2 });
        var parquet = Path.Combine(_folder, "future.parquet");
        await using (var file = File.Create(parquet))
        {
            await ParquetRecordFile.WriteRowsAsync(rows, file, Token);
        }

        var read = await ParquetRecordFile.ReadAsync(parquet, Token);

        Assert.Equal(2, read.Count);
    }

    [Fact]
    public async Task RoundTrip_EveryRecordKindWithEveryFieldSet_IsLossless()
    {
        var original = RecordSamples.EveryFieldSet();

        var read = await WriteAndReadAsync(original);

        Assert.Equal(original.Select(JsonLinesDecisionLog.Serialize), read.Select(JsonLinesDecisionLog.Serialize));
        Assert.True(float.IsNaN(read.OfType<DecisionRecord>().Single().Candidates[0].Features[0]));
    }

    [Fact]
    public async Task RoundTrip_EveryRecordKindWithEveryOptionalFieldNull_IsLossless()
    {
        var original = RecordSamples.EveryOptionalNull();

        var read = await WriteAndReadAsync(original);

        Assert.Equal(original.Select(JsonLinesDecisionLog.Serialize), read.Select(JsonLinesDecisionLog.Serialize));
        Assert.Null(read.OfType<OutcomeRecord>().First().Item);
        Assert.Empty(read.OfType<DecisionRecord>().Last().Candidates);
    }

    /// <summary>The fixture was written by the RecordRow / ParquetSerializer writer this map replaced (commit 208a35e).</summary>
    [Fact]
    public async Task Read_FileWrittenByThePreviousWriter_ReadsAsTheJsonLinesWrittenBesideIt()
    {
        var expected = PreviousWriterRecords();

        var read = await ParquetRecordFile.ReadAsync(Fixture("previous-writer.parquet"), Token);

        Assert.Equal(expected.Select(JsonLinesDecisionLog.Serialize), read.Select(JsonLinesDecisionLog.Serialize));
        Assert.Equal(3, read.Select(r => r.GetType()).Distinct().Count());
    }

    /// <summary>
    /// Columns are only ever added. Since the fixture was written: <c>personkey</c> (after <c>userkey</c>), an optional
    /// string like the header's <c>arm</c>; everything else must be exactly what the previous writer wrote.
    /// </summary>
    [Fact]
    public async Task Write_SchemaElements_AreThoseThePreviousWriterWrote_PlusTheColumnsAddedSince()
    {
        var parquet = Path.Combine(_folder, "now.parquet");

        await ParquetRecordFile.WriteAsync(PreviousWriterRecords(), parquet, Token);

        var expected = (await SchemaElementsAsync(Fixture("previous-writer.parquet"))).Select(e => JsonNode.Parse(e)!.AsObject()).ToList();
        expected[0]["NumChildren"] = expected[0]["NumChildren"]!.GetValue<int>() + 1;
        var personKey = expected.Single(e => (string?)e["Name"] == "arm").DeepClone().AsObject();
        personKey["Name"] = "personkey";
        expected.Insert(expected.FindIndex(e => (string?)e["Name"] == "userkey") + 1, personKey);
        Assert.Equal(expected.Select(e => e.ToJsonString()), await SchemaElementsAsync(parquet));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Fixture(string name) => RepositoryPaths.Combine("tests", "AlexaMusicSkill.Offline.Tests", "Logs", "Parquet", "Fixtures", name);

    private static List<LogRecord> PreviousWriterRecords() =>
        [.. File.ReadAllLines(Fixture("previous-writer.jsonl")).Select(line => JsonLinesDecisionLog.TryParse(line) ?? throw new InvalidDataException(line))];

    /// <summary>Every element of the file's physical schema (name, type, repetition, children, converted and logical type).</summary>
    private static async Task<IReadOnlyList<string>> SchemaElementsAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: Token);
        return [.. reader.Metadata!.Schema.Select(e => JsonSerializer.Serialize(e))];
    }

    private async Task<IReadOnlyList<LogRecord>> WriteAndReadAsync(IEnumerable<LogRecord> records)
    {
        var parquet = Path.Combine(_folder, "round-trip.parquet");
        await ParquetRecordFile.WriteAsync(records, parquet, Token);
        return await ParquetRecordFile.ReadAsync(parquet, Token);
    }

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
