using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// The measurement: every phrasing through the local NLU and through virtual-alexa, the report printed (test output)
/// and written beside the tests (<c>phrasing-report-*.txt</c>). Every row must be heard. The one bar that holds is the
/// local NLU's 95% on the train rows the samples were written against; the held-out rows (local 86.8%) and
/// virtual-alexa (train 91.4%, held out 68.2%) are below 95% and are reported, not gated (docs/interaction-model.md
/// says why). About 30 s, so it runs with every <c>dotnet test</c>.
/// Run alone: <c>dotnet test tests/AlexaMusicSkill.Cli.Tests --filter Category=PhrasingMeasurement --logger "console;verbosity=detailed"</c>.
/// </summary>
[Trait("Category", "PhrasingMeasurement")]
public sealed class PhrasingMeasurementTests(ITestOutputHelper output)
{
    private static readonly Lazy<MeaningInterpreter> Interpreter = new(() => new MeaningInterpreter(BuiltInCatalog.Load(TestCatalog.MediaBase)));

    [Fact]
    public async Task LocalNlu_HearsEveryRow()
    {
        var report = await MeasureAsync(new LocalNluResolver(Interpreter.Value), "phrasing-report-local-nlu.txt");

        Assert.True(report.Train.Share >= 0.95, report.Render());
    }

    [Fact]
    public async Task VirtualAlexa_HearsEveryRow()
    {
        await MeasureAsync(new VirtualAlexaResolver(Interpreter.Value), "phrasing-report-virtual-alexa.txt");
    }

    private async Task<PhrasingReport> MeasureAsync(IPhrasingResolver resolver, string reportFile)
    {
        var rows = PhrasingTable.Load();

        var report = await PhrasingReport.MeasureAsync(resolver, rows, TestContext.Current.CancellationToken);

        var text = report.Render();
        output.WriteLine(text);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, reportFile), text, TestContext.Current.CancellationToken);
        Assert.Equal(rows.Count, report.Heard);
        Assert.Equal(rows.Count, report.Train.Rows + report.Heldout.Rows);
        return report;
    }
}
