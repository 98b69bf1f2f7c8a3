using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// The measurement, not yet a gate: every phrasing through the local NLU and through virtual-alexa, the report printed
/// (test output) and written beside the tests (<c>phrasing-report-*.txt</c>). Only that every row was heard is
/// asserted; whoever extends the samples adds the one-line bar on <c>report.Heldout.Share</c>.
/// Run alone: <c>dotnet test tests/AlexaMusicSkill.Cli.Tests --filter Category=PhrasingMeasurement --logger "console;verbosity=detailed"</c>.
/// </summary>
[Trait("Category", "PhrasingMeasurement")]
public sealed class PhrasingMeasurementTests(ITestOutputHelper output)
{
    private static readonly Lazy<MeaningInterpreter> Interpreter = new(() => new MeaningInterpreter(BuiltInCatalog.Load(TestCatalog.MediaBase)));

    [Fact]
    public async Task LocalNlu_HearsEveryRow()
    {
        await MeasureAsync(new LocalNluResolver(Interpreter.Value), "phrasing-report-local-nlu.txt");
    }

    [Fact]
    public async Task VirtualAlexa_HearsEveryRow()
    {
        await MeasureAsync(new VirtualAlexaResolver(Interpreter.Value), "phrasing-report-virtual-alexa.txt");
    }

    private async Task MeasureAsync(IPhrasingResolver resolver, string reportFile)
    {
        var rows = PhrasingTable.Load();

        var report = await PhrasingReport.MeasureAsync(resolver, rows, TestContext.Current.CancellationToken);

        var text = report.Render();
        output.WriteLine(text);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, reportFile), text, TestContext.Current.CancellationToken);
        Assert.Equal(rows.Count, report.Heard);
        Assert.Equal(rows.Count, report.Train.Rows + report.Heldout.Rows);
    }
}
