using System.Diagnostics;
using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Gate;
using AlexaMusicSkill.Offline.Evaluation.Synthetic;

namespace AlexaMusicSkill.Offline.Tests.Evaluation.Synthetic;

/// <summary>
/// The gate's error rates and its bound's validity on 40 synthetic logs of 50,000 turns (seeds 2001–2040), default
/// gate settings (bound above 0, one-sided 95%, ESS ≥ 1,000, turns tolerance 5%); the pass rate with a 1% lift
/// margin is reported alongside.
/// </summary>
public sealed class GateErrorRateTests(ITestOutputHelper output)
{
    private const int Logs = 40;

    private static readonly Lazy<IReadOnlyList<(GateResult Better, GateResult Worse, GateResult BetterWithMargin)>> Runs = new(() =>
    {
        var scenario = SyntheticScenario.Instance;
        var results = new List<(GateResult, GateResult, GateResult)>();
        for (var seed = 2001; seed < 2001 + Logs; seed++)
        {
            var log = SyntheticLogGenerator.Generate(new SyntheticLogSettings(50_000, seed: seed));
            var production = EvaluationData.Build(log, new SyntheticTargetPolicy(scenario.Production), scenario.Model);
            var better = EvaluationData.Build(log, new SyntheticTargetPolicy(scenario.Better), scenario.Model);
            results.Add((
                DeploymentGate.Check(better, production, new GateSettings()),
                DeploymentGate.Check(EvaluationData.Build(log, new SyntheticTargetPolicy(scenario.Worse), scenario.Model), production, new GateSettings()),
                DeploymentGate.Check(better, production, new GateSettings(minimumRelativeLift: 0.01))));
        }

        return results;
    });

    [Fact]
    public void Gate_FortyLogs_PassesATrulyEightPercentBetterCandidateInAtLeastEightyPercent()
    {
        var clock = Stopwatch.StartNew();
        var passed = Runs.Value.Count(r => r.Better.Passed);

        output.WriteLine($"+8% candidate passed in {passed} of {Logs} logs ({clock.ElapsedMilliseconds} ms), "
            + $"{Runs.Value.Count(r => r.BetterWithMargin.Passed)} with a 1% lift margin; failures: "
            + string.Join(", ", Runs.Value.SelectMany(r => r.Better.Failed).GroupBy(c => c.Name).Select(g => $"{g.Key} ×{g.Count()}")));
        Assert.True(passed >= 0.8 * Logs, $"passed {passed} of {Logs}");
    }

    [Fact]
    public void Gate_FortyLogs_RefusesATrulyThreePercentWorseCandidateInAtLeastNinetyFivePercent()
    {
        var refused = Runs.Value.Count(r => !r.Worse.Passed);

        output.WriteLine($"-3% candidate refused in {refused} of {Logs} logs");
        Assert.True(refused >= 0.95 * Logs, $"refused {refused} of {Logs}");
    }

    [Fact]
    public void EmpiricalBernsteinBound_FortyLogsTwoCandidates_SitsBelowTheTrueDifferenceInAtLeastNinetyFivePercent()
    {
        var scenario = SyntheticScenario.Instance;
        var bounds = Runs.Value.SelectMany(r => new[]
        {
            (Bound: r.Better.Checks[0].Value, Truth: scenario.PerConversationDifference(scenario.BetterValue)),
            (Bound: r.Worse.Checks[0].Value, Truth: scenario.PerConversationDifference(scenario.WorseValue)),
        }).ToList();

        var below = bounds.Count(b => b.Bound <= b.Truth);

        output.WriteLine($"bound below the truth in {below} of {bounds.Count}; mean slack {bounds.Average(b => b.Truth - b.Bound):0.####} per conversation");
        Assert.True(below >= 0.95 * bounds.Count, $"below in {below} of {bounds.Count}");
    }
}
