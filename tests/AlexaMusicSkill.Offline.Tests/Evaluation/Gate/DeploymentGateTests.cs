using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Gate;
using AlexaMusicSkill.Offline.Evaluation.Synthetic;
using AlexaMusicSkill.Offline.Tests.Evaluation.Synthetic;
using AlexaMusicSkill.Offline.Tests.TestDoubles;

namespace AlexaMusicSkill.Offline.Tests.Evaluation.Gate;

public sealed class DeploymentGateTests
{
    private static readonly Lazy<(EvaluationData Better, EvaluationData Production, EvaluationData Worse)> FiftyThousandTurns = new(() =>
    {
        var scenario = SyntheticScenario.Instance;
        var log = SyntheticLogGenerator.Generate(new SyntheticLogSettings(50_000, seed: 2));
        return (
            EvaluationData.Build(log, new SyntheticTargetPolicy(scenario.Better), scenario.Model),
            EvaluationData.Build(log, new SyntheticTargetPolicy(scenario.Production), scenario.Model),
            EvaluationData.Build(log, new SyntheticTargetPolicy(scenario.Worse), scenario.Model));
    });

    [Fact]
    public void Check_TrulyBetterCandidateOnFiftyThousandTurns_PassesEveryCondition()
    {
        var (better, production, _) = FiftyThousandTurns.Value;

        var result = DeploymentGate.Check(better, production, new GateSettings());

        Assert.True(result.Passed, string.Join("; ", result.Failed.Select(c => $"{c.Name}: {c.Detail}")));
        Assert.Equal(
            [GateChecks.LowerBound, GateChecks.EffectiveSampleSize, GateChecks.Support, GateChecks.EstimatorAgreement, GateChecks.TurnsToSuccess],
            result.Checks.Select(c => c.Name));
        Assert.Equal(GateExitCodes.Passed, result.ExitCode);
    }

    [Fact]
    public void Check_TrulyWorseCandidate_IsRefusedOnTheLowerBoundWithItsNumbers()
    {
        var (_, production, worse) = FiftyThousandTurns.Value;

        var result = DeploymentGate.Check(worse, production, new GateSettings());

        Assert.False(result.Passed);
        Assert.Equal(GateExitCodes.Refused, result.ExitCode);
        var bound = Assert.Single(result.Failed, c => c.Name == GateChecks.LowerBound);
        Assert.True(bound.Value < bound.Threshold);
        Assert.Contains("empirical-Bernstein lower bound", bound.Detail);
        Assert.Contains(bound.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture), bound.Detail);
    }

    [Fact]
    public void Check_ProductionAgainstItself_IsRefusedForNoLift()
    {
        var (_, production, _) = FiftyThousandTurns.Value;

        var result = DeploymentGate.Check(production, production, new GateSettings());

        Assert.Equal([GateChecks.LowerBound], result.Failed.Select(c => c.Name));
        Assert.Equal(0, result.Checks[0].Value, 12);
    }

    [Fact]
    public void Check_HandLog_FailsEffectiveSampleSizeAndNamesIt()
    {
        var result = DeploymentGate.Check(HandLog.Data, EvaluationData.Build(HandLog.Log, new LoggingPolicyTarget(), HandLog.Model), new GateSettings());

        var ess = Assert.Single(result.Failed, c => c.Name == GateChecks.EffectiveSampleSize);
        Assert.Equal(3.385205568899979, ess.Value, 12);
        Assert.Equal(1000, ess.Threshold);
        Assert.Contains("needs ≥ 1000", ess.Detail);
    }

    [Fact]
    public void Check_GreedyConversationsIncluded_FailsSupportNamingTheActions()
    {
        var scenario = SyntheticScenario.Instance;
        var log = SyntheticLogGenerator.Generate(new SyntheticLogSettings(5_000, explorationShare: 0.5, seed: 4));
        var candidate = EvaluationData.Build(log, new SyntheticTargetPolicy(scenario.Better), scenario.Model, exploringOnly: false);
        var production = EvaluationData.Build(log, new SyntheticTargetPolicy(scenario.Production), scenario.Model, exploringOnly: false);

        var support = Assert.Single(DeploymentGate.Check(candidate, production, new GateSettings()).Failed, c => c.Name == GateChecks.Support);

        Assert.True(support.Value > 0);
        Assert.Contains("never gave a chance", support.Detail);
    }

    [Fact]
    public void Check_DifferentTurns_Throws()
    {
        var (better, _, _) = FiftyThousandTurns.Value;

        Assert.Throws<ArgumentException>(() => DeploymentGate.Check(better, HandLog.Data, new GateSettings()));
    }

    [Fact]
    public void Settings_Bonferroni_DividesTheErrorByTheCandidatesTried() =>
        Assert.Equal(0.01, new GateSettings(confidence: 0.95, candidatesTried: 5).Delta, 12);

    [Theory]
    [InlineData("minimumRelativeLift")]
    [InlineData("confidence")]
    [InlineData("candidatesTried")]
    [InlineData("minimumEffectiveSampleSize")]
    [InlineData("turnsTolerance")]
    public void Settings_InvalidValue_ThrowsNamingTheArgument(string argument)
    {
        Action create = argument switch
        {
            "minimumRelativeLift" => () => _ = new GateSettings(minimumRelativeLift: -0.01),
            "confidence" => () => _ = new GateSettings(confidence: 1),
            "candidatesTried" => () => _ = new GateSettings(candidatesTried: 0),
            "minimumEffectiveSampleSize" => () => _ = new GateSettings(minimumEffectiveSampleSize: double.NaN),
            _ => () => _ = new GateSettings(turnsTolerance: -1),
        };

        Assert.Equal(argument, Assert.Throws<ArgumentOutOfRangeException>(create).ParamName);
    }
}
