using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Commands;

public sealed class ReportCommandTests
{
    [Theory]
    [InlineData(0.65, 0.45, 3000, 10, "promote")]
    [InlineData(0.30, 0.50, 3000, 12, "roll back")]
    [InlineData(0.50, 0.50, 600, 11, "keep running")]
    public async Task Report_Decide_ExitsWithTheVerdictsCode(double candidateRate, double productionRate, int conversations, int expectedCode, string verdict)
    {
        using var folder = new TempFolder();
        var log = WriteLog(folder, candidateRate, productionRate, conversations);

        var result = await CliRun.RunAsync(["report", "--logs", log, "--decide", "--bootstrap", "200"]);

        Assert.Equal(expectedCode, result.ExitCode);
        Assert.Contains($"## Decision: {verdict} (exit {expectedCode})", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Out_WritesMarkdownAndChartAndExits0WithoutDecide()
    {
        using var folder = new TempFolder();
        var log = WriteLog(folder, 0.6, 0.5, 400);

        var result = await CliRun.RunAsync(["report", "--logs", folder.Path, "--out", folder.Combine("out"), "--bootstrap", "100"]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(folder.Combine("out", "report.md")));
        Assert.True(new FileInfo(folder.Combine("out", "report.png")).Length > 10_000);
        Assert.Contains("| Success rate |", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("## Decision", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(log));
    }

    [Fact]
    public async Task Report_WriteParquet_WritesTheExportLayoutThatReadsBackTheSame()
    {
        using var folder = new TempFolder();
        var log = WriteLog(folder, 0.6, 0.5, 300);

        var result = await CliRun.RunAsync(["report", "--logs", log, "--write-parquet", folder.Combine("upload"), "--bootstrap", "100"]);
        var again = await CliRun.RunAsync(["report", "--logs", folder.Combine("upload"), "--bootstrap", "100"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Wrote 600 records as 1 Parquet file(s)", result.Out, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder.Combine("upload", "dt=2026-11-24"), "*.parquet"));
        Assert.Equal(result.Out.Split("\n", 2)[1], again.Out);
    }

    [Theory]
    [InlineData("--alpha", "0.9", "Alpha must be between 0 and 0.5")]
    [InlineData("--since", "yesterday", "--since 'yesterday' is not a time")]
    [InlineData("--bootstrap", "3", "--bootstrap must be at least 10")]
    public async Task Report_BadOption_IsAUserError(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var log = WriteLog(folder, 0.5, 0.5, 50);

        var result = await CliRun.RunAsync(["report", "--logs", log, "--decide", option, value]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MissingLog_IsAUserError()
    {
        var result = await CliRun.RunAsync(["report", "--logs", "/no/such/records"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no decision log at /no/such/records.", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Conversations split 20/80 between the arms (one decision and an outcome each), as JSON lines.</summary>
    private static string WriteLog(TempFolder folder, double candidateRate, double productionRate, int conversations)
    {
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        var lines = new List<string>();
        for (var i = 0; i < conversations; i++)
        {
            var candidate = random.NextDouble() < 0.2;
            var arm = candidate ? SplitPolicyAssignment.CandidateArm : SplitPolicyAssignment.ProductionArm;
            var policy = candidate ? "gbt-next" : RuleBasedPolicy.PolicyVersion;
            var at = start.AddMinutes(i);
            var accepted = random.NextDouble() < (candidate ? candidateRate : productionRate);
            lines.Add(JsonLinesDecisionLog.Serialize(new DecisionRecord
            {
                RequestId = $"r{i}", ConversationId = $"c{i}", UserKey = $"u{i}", Timestamp = at, Arm = arm, PolicyVersion = policy,
                Turn = 0, Exploring = false, ExplorationScheme = "greedy", FeatureSchemaVersion = FeatureSchema.Version, CatalogFingerprint = "f",
                Input = UserMeaning.Of(UserAct.Launch), Context = new PolicyContext(), Candidates = [], Chosen = candidate ? "ask_mood" : "ask_open",
                Propensity = 1, Offered = new OfferedContent { Type = candidate ? "ask_mood" : "ask_open" },
            }));
            lines.Add(JsonLinesDecisionLog.Serialize(new OutcomeRecord
            {
                RequestId = $"r{i}e", ConversationId = $"c{i}", UserKey = $"u{i}", Timestamp = at.AddSeconds(40), Arm = arm, PolicyVersion = policy,
                Outcome = accepted ? OutcomeRecord.Accepted : OutcomeRecord.Abandoned, Turns = 1, FinalInput = UserMeaning.Of(UserAct.Yes),
            }));
        }

        var path = folder.Combine("records.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
