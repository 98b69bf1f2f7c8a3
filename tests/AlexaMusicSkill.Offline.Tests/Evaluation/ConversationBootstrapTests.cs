using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Estimators;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Tests.TestDoubles;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Tests.Evaluation;

public sealed class ConversationBootstrapTests
{
    [Fact]
    public void Interval_TwoConversationsOfIdenticalTurns_ResamplesConversationsNotTurns()
    {
        // One conversation of ten rewarded turns, one of ten unrewarded ones. Resampling conversations can only give
        // 1, 0.5 or 0; resampling turns would have given about 0.5 ± 0.22.
        var log = new RewardedLog([.. Turns("good", 10, reward: 1), .. Turns("bad", 10, reward: 0)], []);
        var data = EvaluationData.Build(log, new LoggingPolicyTarget(), new ConstantRewardModel(0));

        var estimate = new InverseProbabilityWeighting().Estimate(data, new BootstrapSettings(2000, seed: 1));

        Assert.Equal(new Estimate("IPS", 0.5, 0, 1), estimate);
    }

    [Fact]
    public void Interval_SingleConversation_CollapsesToTheEstimate()
    {
        var data = EvaluationData.Build(new RewardedLog([.. Turns("only", 4, reward: 1)], []), new LoggingPolicyTarget(), new ConstantRewardModel(0));

        Assert.Equal((1.0, 1.0), ConversationBootstrap.Interval(new InverseProbabilityWeighting().Contribute(data), new BootstrapSettings()));
    }

    [Fact]
    public void Interval_SameSeed_IsReproducibleAndTheSeedMatters()
    {
        var contributions = new DoublyRobust().Contribute(HandLog.Data);

        var first = ConversationBootstrap.Interval(contributions, new BootstrapSettings(500, seed: 3));

        Assert.Equal(first, ConversationBootstrap.Interval(contributions, new BootstrapSettings(500, seed: 3)));
        Assert.NotEqual(first, ConversationBootstrap.Interval(new DoublyRobust().Contribute(HandLog.Data), new BootstrapSettings(500, seed: 4)));
        Assert.True(first.Lower <= contributions.Value && contributions.Value <= first.Upper);
    }

    [Fact]
    public void Interval_SelfNormalised_KeepsEveryResampleWithinTheRewardRange()
    {
        var (lower, upper) = ConversationBootstrap.Interval(new SelfNormalizedInverseProbabilityWeighting().Contribute(HandLog.Data), new BootstrapSettings());

        Assert.InRange(lower, 0, 1);
        Assert.InRange(upper, lower, 1);
    }

    [Theory]
    [InlineData(0.25, 1.75)]
    [InlineData(0.5, 2.5)]
    [InlineData(1, 4)]
    public void Quantile_InterpolatesBetweenOrderStatistics(double q, double expected) =>
        Assert.Equal(expected, ConversationBootstrap.Quantile([1, 2, 3, 4], q), 12);

    [Fact]
    public void Settings_TooFewResamples_ThrowsNamingResamples() =>
        Assert.Equal("resamples", Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapSettings(resamples: 5)).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Settings_ConfidenceOutsideTheUnitInterval_ThrowsNamingConfidence(double confidence) =>
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapSettings(confidence: confidence)).ParamName);

    [Fact]
    public void Contributions_MismatchedLengths_Throw() =>
        Assert.Throws<ArgumentException>(() => new Contributions([0, 0], 1, [1.0]));

    private static IEnumerable<TurnRow> Turns(string conversation, int count, double reward) =>
        Enumerable.Range(0, count).Select(t => new TurnRow(
            conversation, t, true, 0, 0.5, [new CandidateRecord("ask_open", 0, 0.5, 0, null, []), new CandidateRecord("ask_mood", 0, 0.5, 0, null, [])], reward));
}
