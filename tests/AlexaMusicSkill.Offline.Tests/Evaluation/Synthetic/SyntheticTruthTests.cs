using AlexaMusicSkill.Offline.Evaluation.Synthetic;

namespace AlexaMusicSkill.Offline.Tests.Evaluation.Synthetic;

public sealed class SyntheticTruthTests
{
    [Fact]
    public void Candidate_RelativeChanges_HitTheirTrueValueAgainstProduction()
    {
        var scenario = SyntheticScenario.Instance;

        Assert.Equal(1.08, scenario.BetterValue / scenario.ProductionValue, 4);
        Assert.Equal(0.97, scenario.WorseValue / scenario.ProductionValue, 4);
        Assert.True(scenario.OptimalValue > scenario.BetterValue);
    }

    [Fact]
    public void PerTurnValue_EpsilonGreedyLogger_IsTheMixOfProductionAndUniform()
    {
        var truth = SyntheticScenario.Instance.Truth;
        double Uniform() => truth.PerTurnValue(new UniformPolicy());

        var logger = truth.PerTurnValue(SyntheticPolicies.EpsilonGreedy(SyntheticPolicies.Production, 0.2));

        // Linear in the policy: V(0.8 π₀ + 0.2 uniform) = 0.8 V(π₀) + 0.2 V(uniform).
        Assert.Equal((0.8 * SyntheticScenario.Instance.ProductionValue) + (0.2 * Uniform()), logger, 12);
    }

    [Fact]
    public void Episodes_OptimalPolicy_SucceedsMoreAndFasterThanProduction()
    {
        var production = SyntheticTruth.Episodes(SyntheticPolicies.Production, conversations: 20_000);
        var optimal = SyntheticTruth.Episodes(SyntheticPolicies.Optimal, conversations: 20_000);

        Assert.True(optimal.SuccessRate > production.SuccessRate);
        Assert.True(optimal.TurnsToSuccess < production.TurnsToSuccess);
        Assert.InRange(production.MeanTurns, 1, SyntheticWorld.MaxTurns);
    }

    private sealed class UniformPolicy : ISyntheticPolicy
    {
        public string Name => "uniform";

        public void Distribution(in SyntheticContext x, Span<double> probabilities) => probabilities.Fill(1.0 / probabilities.Length);
    }
}
