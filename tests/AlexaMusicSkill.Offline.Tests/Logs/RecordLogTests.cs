using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Logs.Parquet;
using AlexaMusicSkill.Offline.Tests.TestDoubles;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;
using static AlexaMusicSkill.Offline.Tests.TestDoubles.TestRecords;

namespace AlexaMusicSkill.Offline.Tests.Logs;

public sealed class RecordLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("record-log-").FullName;

    [Fact]
    public void Read_ManyBlocksOfLines_ReturnsEveryRecordInFileOrderAndSkipsLogLines()
    {
        using var file = new TempLog();
        var written = Enumerable.Range(0, 30_000).Select(i => TestRecords.Decision($"c{i / 3}", i % 3, "ask_mood", others: ["ask_era", "play_sample:t" + i])).ToList();
        file.Write(written.SelectMany(d => new[] { JsonLinesDecisionLog.Serialize(d), "{\"level\":\"INFO\",\"message\":\"an ordinary log line\"}" }));

        var read = RecordLog.Records([file.Path]).ToList();

        Assert.True(new FileInfo(file.Path).Length > 3 * (8 << 20), "the log must span several 8 MiB read blocks");
        Assert.Equal(written.Select(d => d.RequestId), read.Select(r => r.RequestId));
        Assert.Equal(written[1234].Candidates[2].Features, ((DecisionRecord)read[1234]).Candidates[2].Features);
    }

    [Fact]
    public void Read_KeepAllFeaturesOnlyForSomeConversations_KeepsTheChosenCandidatesFeaturesEverywhere()
    {
        using var file = new TempLog();
        file.Write([JsonLinesDecisionLog.Serialize(TestRecords.Decision("kept", 0, "ask_mood")), JsonLinesDecisionLog.Serialize(TestRecords.Decision("trimmed", 0, "ask_mood"))]);

        var read = RecordLog.Records([file.Path], id => id == "kept").Cast<DecisionRecord>().ToList();

        Assert.All(read[0].Candidates, c => Assert.NotEmpty(c.Features));
        Assert.NotEmpty(read[1].Candidates.Single(c => c.Action == read[1].Chosen).Features);
        Assert.All(read[1].Candidates.Where(c => c.Action != read[1].Chosen), c => Assert.Empty(c.Features));
    }

    [Fact]
    public void Read_MalformedRecordLine_NamesTheFileAndLine()
    {
        using var file = new TempLog();
        file.Write([JsonLinesDecisionLog.Serialize(TestRecords.Decision("c", 0, "ask_mood")), "{\"recordType\":\"decision\",\"turn\":\"not a number\"}"]);

        var error = Assert.Throws<InvalidDataException>(() => RecordLog.Records([file.Path]).ToList());

        Assert.Contains(file.Path + ":2:", error.Message);
    }

    [Fact]
    public void Records_RetriedRequest_IsReadOnce_ButARequestThatEndsOneConversationAndStartsAnotherKeepsBoth()
    {
        var first = Decision("old", 0, "ask_open");
        var ended = Abandoned("old", 1, "new_session");
        var started = Decision("new", 0, "ask_open", minutes: 1) with { RequestId = ended.RequestId };
        var path = WriteJsonLines("retries.jsonl", first, first, ended, started, ended, started);

        var read = RecordLog.Records([path]).ToList();
        var conversations = RecordLog.Conversations([path]).ToList();

        Assert.Equal(new LogRecord[] { first, ended, started }.Select(JsonLinesDecisionLog.Serialize), read.Select(JsonLinesDecisionLog.Serialize));
        Assert.Equal(["old", "new"], conversations.Select(c => c.ConversationId));
        Assert.Equal((1, "new_session"), (conversations[0].Decisions.Count, conversations[0].Outcome!.Reason));
        Assert.Equal(ended.RequestId, Assert.Single(conversations[1].Decisions).RequestId);
    }

    [Fact]
    public async Task Conversations_FolderOfJsonLinesAndParquet_JoinAConversationAcrossFilesInPathOrder()
    {
        var decisions = new[] { Decision("c1", 0, "ask_open"), Decision("c1", 1, "ask_mood", Answer(genre: "JAZZ")) };
        var outcome = Accepted("c1", 2, MilesSample, UserMeaning.Of(UserAct.Yes));
        var listened = Listened("c1", MilesSample.StationId, 95, minutes: 6);
        WriteJsonLines("a-local.jsonl", decisions);
        var parquet = Path.Combine(_folder, "dt=2026-01-10", "part-0.parquet");
        Directory.CreateDirectory(Path.GetDirectoryName(parquet)!);
        await ParquetRecordFile.WriteAsync([outcome, listened, Decision("c2", 0, "ask_era", minutes: 2)], parquet, TestContext.Current.CancellationToken);

        var conversations = RecordLog.Conversations([_folder]).ToList();

        Assert.Equal(["c1", "c2"], conversations.Select(c => c.ConversationId));
        var c1 = conversations[0];
        Assert.Equal(decisions.Select(JsonLinesDecisionLog.Serialize), c1.Decisions.Select(JsonLinesDecisionLog.Serialize));
        Assert.Equal(JsonLinesDecisionLog.Serialize(outcome), JsonLinesDecisionLog.Serialize(c1.Outcome!));
        Assert.Equal(95, Assert.Single(c1.Listening).Seconds);
        Assert.True(c1.Accepted);
        Assert.Equal((decisions[0].Timestamp, outcome.Timestamp), (c1.StartedAt, c1.LastTurnAt));
        Assert.Equal(5, RecordLog.Records([_folder]).Count());
    }

    [Fact]
    public void Conversations_KeepAllFeatures_TrimsTheOtherConversationsAsTheyAreRead()
    {
        var path = WriteJsonLines("features.jsonl", Decision("kept", 0, "ask_mood"), Decision("trimmed", 0, "ask_mood"));

        var read = RecordLog.Conversations([path], new RecordLogOptions { KeepAllFeatures = id => id == "kept" }).ToDictionary(c => c.ConversationId);

        Assert.All(read["kept"].Decisions[0].Candidates, c => Assert.NotEmpty(c.Features));
        Assert.Equal(1, read["trimmed"].Decisions[0].Candidates.Count(c => c.Features.Length > 0));
    }

    [Fact]
    public void Read_FilesWhoseOrderReversesTime_AreReadAgainInTimeOrderWithTheSameAnswer()
    {
        // A conversation whose first half sits in a file that sorts after the one holding its second half.
        LogRecord[] c1 = [Decision("c1", 0, "ask_open"), Decision("c1", 1, "ask_mood"), Abandoned("c1", 2)];
        LogRecord[] later = [.. Enumerable.Range(0, 5).Select(i => Decision($"later{i}", 0, "ask_open", minutes: 60 + i))];
        var paths = new[] { WriteJsonLines("b-second-half.jsonl", [c1[2], .. later]), WriteJsonLines("c-first-half.jsonl", c1[0], c1[1]) };

        var strict = Assert.Throws<OutOfOrderLogException>(() => RecordLog.Conversations(paths).ToList());
        var read = RecordLog.Read(paths, conversations => conversations.ToList());

        Assert.Contains("conversation c1", strict.Message, StringComparison.Ordinal);
        Assert.Contains("sort it by time first", strict.Message, StringComparison.Ordinal);
        Assert.Contains("c-first-half.jsonl", strict.Message, StringComparison.Ordinal);
        var joined = Assert.Single(read, c => c.ConversationId == "c1");
        Assert.Equal([0, 1], joined.Decisions.Select(d => d.Turn));
        Assert.Equal("stop", joined.Outcome!.Reason);
        Assert.Equal(6, read.Count);
    }

    [Fact]
    public void Read_RecordsMoreThanTheWindowApartEvenInTimeOrder_FailsWithTheReason()
    {
        // The function never continues a conversation 40 minutes after its last turn.
        LogRecord[] records = [Decision("c1", 0, "ask_open"), Decision("c2", 0, "ask_open", minutes: 35), Abandoned("c1", 1, minutes: 40)];

        var error = Assert.Throws<InvalidDataException>(() => RecordLog.Read(records, conversations => conversations.Count()));

        Assert.Contains("more than 30 minutes apart", error.Message, StringComparison.Ordinal);
        Assert.Contains("conversation c1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingPath_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => RecordLog.Read([Path.Combine(_folder, "nope")], conversations => conversations.Count()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteJsonLines(string name, params LogRecord[] records)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, records.Select(JsonLinesDecisionLog.Serialize));
        return path;
    }

    private sealed class TempLog : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reader-{Guid.NewGuid():N}.jsonl");

        public void Write(IEnumerable<string> lines) => File.WriteAllLines(Path, lines);

        public void Dispose() => File.Delete(Path);
    }
}
