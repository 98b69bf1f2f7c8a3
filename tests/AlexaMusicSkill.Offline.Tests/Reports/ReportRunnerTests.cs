using AlexaMusicSkill.Offline.Logs.Parquet;
using AlexaMusicSkill.Offline.Reports;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Tests.Reports;

public sealed class ReportRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("report-").FullName;

    [Fact]
    public async Task RunAsync_JsonLinesAndParquet_WritesMarkdownAndPngAndReturnsTheVerdictCode()
    {
        var records = SimulatedArms.Records(candidateRate: 0.65, productionRate: 0.45, conversations: 3000, seed: 5);
        var logs = Path.Combine(_folder, "logs");
        Directory.CreateDirectory(logs);
        File.WriteAllLines(Path.Combine(logs, "first-half.jsonl"), records.Take(records.Count / 2).Select(JsonLinesDecisionLog.Serialize));
        await ParquetRecordFolder.WriteAsync(records.Skip(records.Count / 2), Path.Combine(logs, "export"), "part-0", TestContext.Current.CancellationToken);
        var output = new StringWriter();
        var outFolder = Path.Combine(_folder, "out");

        var code = await ReportRunner.RunAsync(new ReportRequest { Paths = [logs], OutputFolder = outFolder, Options = new ReportOptions { Decide = true, BootstrapResamples = 200 } }, output, TestContext.Current.CancellationToken);

        Assert.Equal(10, code);
        Assert.Contains("## Decision: promote (exit 10)", output.ToString());
        Assert.Equal(output.ToString().Split("Wrote ")[0], await File.ReadAllTextAsync(Path.Combine(outFolder, ReportRunner.MarkdownFileName), TestContext.Current.CancellationToken));
        var png = await File.ReadAllBytesAsync(Path.Combine(outFolder, ReportRunner.ChartFileName), TestContext.Current.CancellationToken);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        Assert.True(png.Length > 10_000, $"chart is {png.Length} bytes");
    }

    [Fact]
    public async Task RunAsync_WithoutDecide_ReturnsZero()
    {
        var path = Path.Combine(_folder, "one.jsonl");
        File.WriteAllLines(path, SimulatedArms.Records(0.5, 0.5, 50, 1).Select(JsonLinesDecisionLog.Serialize));

        var code = await ReportRunner.RunAsync(new ReportRequest { Paths = [path] }, new StringWriter(), TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
    }

    [Fact]
    public async Task RunAsync_MissingLogs_ThrowsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => ReportRunner.RunAsync(new ReportRequest { Paths = [Path.Combine(_folder, "nope")] }, new StringWriter(), TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
