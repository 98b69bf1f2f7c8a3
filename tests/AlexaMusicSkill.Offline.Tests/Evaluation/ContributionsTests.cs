using AlexaMusicSkill.Records;
using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Episodes;
using AlexaMusicSkill.Offline.Evaluation.Estimators;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Offline.Tests.TestDoubles;

namespace AlexaMusicSkill.Offline.Tests.Evaluation;

/// <summary>Estimates and their intervals: samples grouped by conversation, conversations clustered by listener (userKey).</summary>
public sealed class ContributionsTests
{
    [Fact]
    public void Interval_TwoConversationsOfIdenticalTurns_ResamplesConversationsNotTurns()
    {
        // One conversation of ten rewarded turns, one of ten unrewarded ones. Resampling conversations can only give
        // 1, 0.5 or 0; resampling turns would have given about 0.5 ± 0.22.
        var log = new RewardedLog([.. Turns("good", 10, reward: 1), .. Turns("bad", 10, reward: 0)], []);
        var data = EvaluationData.Build(log, new LoggingPolicyTarget(), new ConstantRewardModel(0));

        var estimate = new InverseProbabilityWeighting().Estimate(data, new BootstrapSettings(2000, seed: 1));

        Assert.Equal(new OffPolicyEstimate("IPS", 0.5, 0, 1), estimate);
    }

    [Fact]
    public void Interval_SingleConversation_CollapsesToTheEstimate()
    {
        var data = EvaluationData.Build(new RewardedLog([.. Turns("only", 4, reward: 1)], []), new LoggingPolicyTarget(), new ConstantRewardModel(0));

        var interval = ClusterBootstrap.Ratio(new InverseProbabilityWeighting().Contribute(data).ListenerSums(), new BootstrapSettings());

        Assert.Equal((1.0, 1.0), (interval.Lower, interval.Upper));
    }

    [Fact]
    public void Interval_ConversationsOfOneListener_ResampleTogether()
    {
        // Listener "u1" has two rewarded conversations, "u2" two unrewarded ones: resampling listeners can only give
        // 1, 0.5 or 0 (resampling the four conversations would have given 0.25 and 0.75 too).
        var log = new RewardedLog(
            [.. Turns("c1", 2, reward: 1, user: "u1"), .. Turns("c2", 2, reward: 1, user: "u1"), .. Turns("c3", 2, reward: 0, user: "u2"), .. Turns("c4", 2, reward: 0, user: "u2")],
            [.. new[] { "c1", "c2", "c3", "c4" }.Select(c => new Episode(c, EpisodeOutcome.Accepted, true, 2))]);
        var data = EvaluationData.Build(log, new LoggingPolicyTarget(), new ConstantRewardModel(0));

        var contributions = new InverseProbabilityWeighting().Contribute(data);
        var sums = contributions.ListenerSums();

        Assert.Equal([0, 0, 1, 1], data.Listener.ToArray());
        Assert.Equal(4, contributions.GroupCount);
        Assert.Equal([4.0, 0.0], sums.Numerator.ToArray());
        Assert.Equal([4.0, 4.0], sums.Denominator.ToArray());
        Assert.Equal(new OffPolicyEstimate("IPS", 0.5, 0, 1), new InverseProbabilityWeighting().Estimate(data, new BootstrapSettings(2000, seed: 1)));
        Assert.Equal(2, new SuccessImportanceSampling().Contribute(data).ListenerSums().Count);
    }

    [Fact]
    public void ListenerSums_WithoutListeners_AreTheGroupSums()
    {
        var contributions = new DoublyRobust().Contribute(HandLog.Data);

        var (numerator, denominator) = contributions.GroupSums();
        var sums = contributions.ListenerSums();

        Assert.Equal(numerator, sums.Numerator.ToArray());
        Assert.Equal(denominator, sums.Denominator.ToArray());
    }

    [Fact]
    public void Contributions_MismatchedLengths_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Contributions([0, 0], 1, [1.0]));
        Assert.Throws<ArgumentException>(() => new Contributions([0], 1, [1.0], listener: [0, 1]));
    }

    private static IEnumerable<TurnRow> Turns(string conversation, int count, double reward, string? user = null) =>
        Enumerable.Range(0, count).Select(t => new TurnRow(
            conversation, t, true, 0, 0.5, [new CandidateRecord("ask_open", 0, 0.5, 0, null, []), new CandidateRecord("ask_mood", 0, 0.5, 0, null, [])], reward,
            user is null ? null : TestRecords.Decision(conversation, t, "ask_open", others: ["ask_mood"]) with { UserKey = user }));
}
