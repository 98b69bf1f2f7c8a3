using System.Diagnostics;
using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Episodes;
using AlexaMusicSkill.Offline.Evaluation.Estimators;
using AlexaMusicSkill.Offline.Evaluation.Synthetic;
using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Tests.Evaluation.Synthetic;

/// <summary>
/// Estimators against the synthetic world's truth. Fixed seeds and repetition counts: 20 logs of 50,000 turns (seeds
/// 1–20) for accuracy, 200 logs of 10,000 turns (seeds 1001–1200, 1,000 resamples each) for interval coverage.
/// </summary>
public sealed class SyntheticAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Estimators_TwentyLogsOfFiftyThousandTurns_DrWithinThreePercentSnipsWithinFiveAndDmWorseThanBoth()
    {
        var scenario = SyntheticScenario.Instance;
        var targets = new[] { (scenario.Better, scenario.BetterValue), (scenario.Optimal, scenario.OptimalValue) };
        IOffPolicyEstimator[] estimators = [new DoublyRobust(), new SelfNormalizedInverseProbabilityWeighting(), new DirectMethod(), new InverseProbabilityWeighting()];
        var errors = targets.ToDictionary(t => t.Item1.Name, _ => estimators.ToDictionary(e => e.Name, _ => new List<double>()));
        var clock = Stopwatch.StartNew();

        for (var seed = 1; seed <= 20; seed++)
        {
            var log = SyntheticLogGenerator.Generate(new SyntheticLogSettings(50_000, seed: seed));
            foreach (var (policy, truth) in targets)
            {
                var data = EvaluationData.Build(log, new SyntheticTargetPolicy(policy), scenario.Model);
                foreach (var estimator in estimators)
                {
                    errors[policy.Name][estimator.Name].Add(Math.Abs((estimator.Contribute(data).Value / truth) - 1));
                }
            }
        }

        foreach (var (policy, byEstimator) in errors)
        {
            var median = byEstimator.ToDictionary(e => e.Key, e => Median(e.Value));
            output.WriteLine($"{policy}: {string.Join(", ", median.Select(m => $"{m.Key} {m.Value:P2}"))} ({clock.ElapsedMilliseconds} ms)");
            Assert.True(median["DR"] <= 0.03, $"{policy}: DR's median relative error {median["DR"]:P2} > 3%");
            Assert.True(median["SNIPS"] <= 0.05, $"{policy}: SNIPS's median relative error {median["SNIPS"]:P2} > 5%");
            Assert.True(median["DM"] > Math.Max(median["DR"], median["SNIPS"]), $"{policy}: DM ({median["DM"]:P2}) should be worse than DR and SNIPS under misspecification");
        }
    }

    [Fact]
    public void DrBootstrapInterval_TwoHundredLogs_CoversTheTruthInNinetyToNinetyNinePercent()
    {
        var scenario = SyntheticScenario.Instance;
        var settings = new BootstrapSettings(resamples: 1000, seed: 7);
        var target = new SyntheticTargetPolicy(scenario.Better);
        var covered = 0;
        const int Logs = 200;

        for (var seed = 1001; seed < 1001 + Logs; seed++)
        {
            var log = SyntheticLogGenerator.Generate(new SyntheticLogSettings(10_000, seed: seed));
            var estimate = new DoublyRobust().Estimate(EvaluationData.Build(log, target, scenario.Model), settings);
            covered += estimate.Lower <= scenario.BetterValue && scenario.BetterValue <= estimate.Upper ? 1 : 0;
        }

        output.WriteLine($"DR 95% interval covered the truth in {covered} of {Logs} logs");
        Assert.InRange(covered / (double)Logs, 0.90, 0.99);
    }

    [Fact]
    public void EpisodeEstimators_TwentyLogs_SuccessAndTurnsToSuccessOfProductionWithinTenPercent()
    {
        var scenario = SyntheticScenario.Instance;
        var truth = SyntheticTruth.Episodes(scenario.Production);
        var target = new SyntheticTargetPolicy(scenario.Production);
        List<double> success = [], turns = [];

        for (var seed = 1; seed <= 20; seed++)
        {
            var data = EvaluationData.Build(SyntheticLogGenerator.Generate(new SyntheticLogSettings(50_000, seed: seed)), target, scenario.Model);
            success.Add(Math.Abs((new SuccessWeightedImportanceSampling().Contribute(data).Value / truth.SuccessRate) - 1));
            turns.Add(Math.Abs((new TurnsToSuccessWeightedImportanceSampling().Contribute(data).Value / truth.TurnsToSuccess) - 1));
        }

        output.WriteLine($"truth {truth}; median relative error: success WIS {Median(success):P2}, turns to success WIS {Median(turns):P2}");
        Assert.True(Median(success) <= 0.10);
        Assert.True(Median(turns) <= 0.10);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
