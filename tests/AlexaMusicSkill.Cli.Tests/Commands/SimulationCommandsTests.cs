using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Cli.Tests.Commands;

/// <summary><c>simulate</c> and <c>experiment</c> from the command line (quick sizes; the full pipeline is tested in Offline).</summary>
public sealed class SimulationCommandsTests
{
    [Fact]
    public async Task Simulate_BuiltInListeners_WritesALogThatTrainReads()
    {
        using var folder = new TempFolder();
        var log = folder.Combine("sim.jsonl");

        var simulate = await CliRun.RunAsync(["simulate", "--out", log, "--listeners", "60", "--conversations-per-listener", "3", "--seed", "5"]);

        Assert.True(simulate.ExitCode == 0, simulate.Error + simulate.Out);
        Assert.Contains("success", simulate.Out);
        Assert.Contains("sim-v1", simulate.Out);
        var records = RecordLog.Records([log]).ToList();
        Assert.Equal(180, records.OfType<OutcomeRecord>().Count());
        Assert.All(records.OfType<DecisionRecord>(), d => Assert.True(d.Exploring));

        var train = await CliRun.RunAsync(["train", "--logs", log, "--out", folder.Combine("policy.json"), "--trees", "10", "--leaves", "4", "--min-per-leaf", "5"]);
        Assert.True(train.ExitCode == 0, train.Error + train.Out);
    }

    [Fact]
    public async Task Simulate_StagedCandidate_SplitsListenersIntoArmsThatReportDecidesOn()
    {
        using var folder = new TempFolder();
        var log = folder.Combine("rollout.jsonl");

        // The shipped learned model staged for 20% of listeners, rules for the rest, as CANDIDATE_POLICY does in Lambda.
        var simulate = await CliRun.RunAsync(["simulate", "--out", log, "--policy", "rules", "--candidate", RepositoryPaths.Combine("models", "policy.json"),
            "--candidate-share", "0.2", "--exploration-share", "0.1", "--listeners", "300", "--conversations-per-listener", "2", "--seed", "9"]);

        Assert.True(simulate.ExitCode == 0, simulate.Error + simulate.Out);
        var outcomes = RecordLog.Records([log]).OfType<OutcomeRecord>().ToList();
        var candidateShare = outcomes.Count(o => o.Arm == "candidate") / (double)outcomes.Count;
        Assert.InRange(candidateShare, 0.12, 0.28);
        Assert.All(outcomes.Where(o => o.Arm == "candidate"), o => Assert.StartsWith("learned-", o.PolicyVersion));
        Assert.All(outcomes.Where(o => o.Arm == "production"), o => Assert.Equal(RuleBasedPolicy.PolicyVersion, o.PolicyVersion));
        // Each listener stays in one arm across conversations.
        Assert.All(outcomes.GroupBy(o => o.UserKey), g => Assert.Single(g.Select(o => o.Arm).Distinct()));

        var report = await CliRun.RunAsync(["report", "--logs", log, "--decide"]);
        Assert.True(report.ExitCode is 10 or 11 or 12, report.Error + report.Out);
        Assert.Contains("## Decision:", report.Out);
    }

    [Fact]
    public async Task Experiment_Quick_WritesTheReportAndPrintsTheComparison()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("experiment");

        var run = await CliRun.RunAsync(["experiment", "--out", output, "--quick", "--logged", "1500", "--ab", "600"]);

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Contains("learned vs rule-based: success", run.Out);
        Assert.Contains("A/B arm", run.Out);
        Assert.DoesNotContain("\u001b[", run.Out);
        Assert.True(File.Exists(Path.Combine(output, "report.md")));
        Assert.True(File.Exists(Path.Combine(output, "charts", "success.png")));
    }

    [Fact]
    public async Task SimulateAndExperiment_BadArguments_AreUserErrors()
    {
        using var folder = new TempFolder();

        var policy = await CliRun.RunAsync(["simulate", "--out", folder.Combine("a.jsonl"), "--policy", folder.Combine("missing.json")]);
        var listeners = await CliRun.RunAsync(["simulate", "--out", folder.Combine("a.jsonl"), "--listeners", "0"]);
        var histories = await CliRun.RunAsync(["experiment", "--out", folder.Combine("x"), "--histories", folder.Combine("no-hetrec")]);

        Assert.Equal(1, policy.ExitCode);
        Assert.Contains("neither 'rules' nor a model file", policy.Error);
        Assert.Equal(1, listeners.ExitCode);
        Assert.Equal(1, histories.ExitCode);
        Assert.Contains("no HetRec 2011 Last.fm data", histories.Error);
    }
}
