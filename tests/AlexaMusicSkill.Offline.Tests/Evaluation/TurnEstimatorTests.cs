using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Estimators;
using AlexaMusicSkill.Offline.Tests.TestDoubles;

namespace AlexaMusicSkill.Offline.Tests.Evaluation;

/// <summary>Every per-turn estimator on the five-turn hand log (see <see cref="HandLog"/>), against numbers worked out by hand.</summary>
public sealed class TurnEstimatorTests
{
    public static TheoryData<string, double> HandComputed => new()
    {
        // Σ w r / n = (0.625 + 2.5 + 0.4) / 5
        { "IPS", 0.705 },
        // Σ min(w, 2) r / n = (0.625 + 2 + 0.4) / 5
        { "clipped IPS(λ=2)", 0.605 },
        // Σ w r / Σ w = 3.525 / 9.525
        { "SNIPS", 3.525 / 9.525 },
        // Σ q̂(x, π_e) / n = (0.35 + 0.6 + 0.35 + 0.3 + 0.58) / 5
        { "DM", 0.436 },
        // Σ [q̂(x, π_e) + w (r − q̂(x, a))] / n = (0.6625 − 0.6 + 2.35 − 0.9 + 0.94) / 5
        { "DR", 0.4905 },
        // as DR, but B0 (w 2.5) and C0 (w 4) keep only q̂(x, π_e): (0.6625 − 0.6 + 0.35 + 0.3 + 0.94) / 5
        { "Switch-DR(τ=2)", 0.3305 },
        // as DR with w → 4w/(w² + 4)
        { "DRos(λ=4)", 0.5502678319857385 },
    };

    private static readonly IOffPolicyEstimator[] Estimators =
    [
        new InverseProbabilityWeighting(),
        new ClippedInverseProbabilityWeighting(2),
        new SelfNormalizedInverseProbabilityWeighting(),
        new DirectMethod(),
        new DoublyRobust(),
        new SwitchDoublyRobust(2),
        new DoublyRobustWithShrinkage(4),
    ];

    [Theory]
    [MemberData(nameof(HandComputed))]
    public void Contribute_HandLog_GivesTheHandComputedEstimate(string name, double expected)
    {
        var estimator = Assert.Single(Estimators, e => e.Name == name);

        Assert.Equal(expected, estimator.Contribute(HandLog.Data).Value, 12);
    }

    [Fact]
    public void Contribute_HandLog_GroupsTurnsByConversation()
    {
        var (numerator, denominator) = new DoublyRobust().Contribute(HandLog.Data).GroupSums();

        Assert.Equal([0.0625, 2.35, 0.04], numerator, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([2.0, 1.0, 2.0], denominator);
    }

    [Fact]
    public void Contribute_LimitingHyperparameters_ReduceToTheirParents()
    {
        var data = HandLog.Data;
        var dr = new DoublyRobust().Contribute(data).Value;
        var dm = new DirectMethod().Contribute(data).Value;

        Assert.Equal(new InverseProbabilityWeighting().Contribute(data).Value, new ClippedInverseProbabilityWeighting(double.PositiveInfinity).Contribute(data).Value, 12);
        Assert.Equal(dr, new SwitchDoublyRobust(1e9).Contribute(data).Value, 12);
        Assert.Equal(dm, new SwitchDoublyRobust(0).Contribute(data).Value, 12);
        Assert.Equal(dr, new DoublyRobustWithShrinkage(double.PositiveInfinity).Contribute(data).Value, 12);
        Assert.Equal(dm, new DoublyRobustWithShrinkage(0).Contribute(data).Value, 12);
    }

    [Fact]
    public void Contribute_LoggingPolicyAsTarget_IpsAndSnipsEqualTheLoggedMeanReward()
    {
        var data = EvaluationData.Build(HandLog.Log, new LoggingPolicyTarget(), HandLog.Model);

        Assert.Equal(0.6, new InverseProbabilityWeighting().Contribute(data).Value, 12);
        Assert.Equal(0.6, new SelfNormalizedInverseProbabilityWeighting().Contribute(data).Value, 12);
        // DR keeps its control variate: the mean of q̂(x, π_b) − q̂(x, a) = (−0.06 − 0.1 + 0.24 + 0.45 + 0.3) / 5 on top.
        Assert.Equal(0.6 + 0.166, new DoublyRobust().Contribute(data).Value, 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void ClippedIps_NonPositiveLambda_ThrowsNamingLambda(double lambda) =>
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => new ClippedInverseProbabilityWeighting(lambda)).ParamName);

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void SwitchDr_NegativeTau_ThrowsNamingTau(double tau) =>
        Assert.Equal("tau", Assert.Throws<ArgumentOutOfRangeException>(() => new SwitchDoublyRobust(tau)).ParamName);

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void DrWithShrinkage_NegativeLambda_ThrowsNamingLambda(double lambda) =>
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => new DoublyRobustWithShrinkage(lambda)).ParamName);
}
