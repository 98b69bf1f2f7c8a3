using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Tests.TestDoubles;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Tests.Logs;

public sealed class DecisionLogReaderTests
{
    [Fact]
    public void Read_ManyBlocksOfLines_ReturnsEveryRecordInFileOrderAndSkipsLogLines()
    {
        using var file = new TempLog();
        var written = Enumerable.Range(0, 30_000).Select(i => TestRecords.Decision($"c{i / 3}", i % 3, "ask_mood", others: ["ask_era", "play_sample:t" + i])).ToList();
        file.Write(written.SelectMany(d => new[] { JsonLinesDecisionLog.Serialize(d), "{\"level\":\"INFO\",\"message\":\"an ordinary log line\"}" }));

        var read = DecisionLogReader.Read([file.Path]);

        Assert.True(new FileInfo(file.Path).Length > 3 * (8 << 20), "the log must span several 8 MiB read blocks");
        Assert.Equal(written.Select(d => d.RequestId), read.Select(r => r.RequestId));
        Assert.Equal(written[1234].Candidates[2].Features, ((DecisionRecord)read[1234]).Candidates[2].Features);
    }

    [Fact]
    public void Read_KeepAllFeaturesOnlyForSomeConversations_KeepsTheChosenCandidatesFeaturesEverywhere()
    {
        using var file = new TempLog();
        file.Write([JsonLinesDecisionLog.Serialize(TestRecords.Decision("kept", 0, "ask_mood")), JsonLinesDecisionLog.Serialize(TestRecords.Decision("trimmed", 0, "ask_mood"))]);

        var read = DecisionLogReader.Read([file.Path], id => id == "kept").Cast<DecisionRecord>().ToList();

        Assert.All(read[0].Candidates, c => Assert.NotEmpty(c.Features));
        Assert.NotEmpty(read[1].Candidates.Single(c => c.Action == read[1].Chosen).Features);
        Assert.All(read[1].Candidates.Where(c => c.Action != read[1].Chosen), c => Assert.Empty(c.Features));
    }

    [Fact]
    public void Read_MalformedRecordLine_NamesTheFileAndLine()
    {
        using var file = new TempLog();
        file.Write([JsonLinesDecisionLog.Serialize(TestRecords.Decision("c", 0, "ask_mood")), "{\"recordType\":\"decision\",\"turn\":\"not a number\"}"]);

        var error = Assert.Throws<InvalidDataException>(() => DecisionLogReader.Read([file.Path]));

        Assert.Contains(file.Path + ":2:", error.Message);
    }

    private sealed class TempLog : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"reader-{Guid.NewGuid():N}.jsonl");

        public void Write(IEnumerable<string> lines) => File.WriteAllLines(Path, lines);

        public void Dispose() => File.Delete(Path);
    }
}
