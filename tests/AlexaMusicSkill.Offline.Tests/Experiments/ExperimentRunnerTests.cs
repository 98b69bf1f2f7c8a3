using AlexaMusicSkill.Offline.Experiments;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Tests.Experiments;

/// <summary>The whole pipeline in quick mode on the built-in population (what a fresh clone can run).</summary>
public sealed class ExperimentRunnerTests
{
    [Fact]
    public void Run_QuickBuiltIn_LogsTrainsEvaluatesComparesAndReports()
    {
        var output = Directory.CreateTempSubdirectory("experiment-quick").FullName;
        var result = new ExperimentRunner().Run(ExperimentOptions.QuickRun(output), commit: "test", cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(File.Exists(Path.Combine(output, "logs", "logging.jsonl")));
        Assert.True(File.Exists(Path.Combine(output, "logs", "logging-affinity.jsonl")));
        Assert.True(File.Exists(Path.Combine(output, "models", "learned-1.json")));
        Assert.True(File.Exists(Path.Combine(output, "models", "affinity.json")));
        foreach (var chart in new[] { ExperimentCharts.Success, ExperimentCharts.Turns, ExperimentCharts.Mix, ExperimentCharts.OffPolicy })
        {
            Assert.True(new FileInfo(Path.Combine(output, "charts", chart)).Length > 1000, chart);
        }

        var report = File.ReadAllText(Path.Combine(output, ExperimentReport.FileName));
        Assert.Contains("`test`", report);
        Assert.Contains(SimulatorOptions.Version, report);
        Assert.Contains(RuleBasedPolicy.PolicyVersion, report);
        Assert.Contains(result.First.Model.ModelVersion, report);
        Assert.All(SimulatorOptions.Default.Parameters(), p => Assert.Contains($"| {p.Name} | {p.Value} |", report));

        Assert.Equal(3, result.Arms.Count);
        Assert.All(result.Arms, arm =>
        {
            Assert.Equal(result.Arms[0].Conversations, arm.Conversations);
            Assert.InRange(arm.Success.Value, arm.Success.Lower, arm.Success.Upper);
            Assert.InRange(arm.Success.Value, 0.3, 0.99);
        });
        Assert.True(result.First.Summary.Conversations >= 3_900);
        Assert.Equal(result.First.Summary.Conversations - result.First.Summary.WithoutDecisions, result.First.Summary.Exploring);
        Assert.NotEmpty(result.First.LearnedEstimates);
        Assert.NotEmpty(result.First.Gate.Checks);
        Assert.Contains(result.First.LearnedEstimates, e => e.Estimator == "DR");
        Assert.Contains(result.First.LearnedEstimates, e => e.Estimator == "success WIS");

        // The rule-based arm is the frozen production policy, untouched by training.
        Assert.Equal(RuleBasedPolicy.PolicyVersion, result.Rules.Arm.Policy.Version);
        Assert.StartsWith("learned-", result.Learned.Arm.Policy.Version, StringComparison.Ordinal);
    }
}
