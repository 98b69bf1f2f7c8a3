using AlexaMusicSkill.Offline.Evaluation.Synthetic;
using AlexaMusicSkill.Offline.Rewards;

namespace AlexaMusicSkill.Offline.Tests.Rewards;

public sealed class ConversationSplitTests
{
    [Fact]
    public void Split_SyntheticLog_KeepsEveryConversationOnOneSide()
    {
        var log = SyntheticLogGenerator.Generate(new SyntheticLogSettings(5_000, seed: 3));

        var (train, test) = new ConversationSplit(0.3, seed: 11).Split(log);

        var trainIds = train.Turns.Select(t => t.ConversationId).ToHashSet();
        var testIds = test.Turns.Select(t => t.ConversationId).ToHashSet();
        Assert.Empty(trainIds.Intersect(testIds));
        Assert.Equal(log.Turns.Count, train.Turns.Count + test.Turns.Count);
        Assert.Equal(log.Episodes.Count, train.Episodes.Count + test.Episodes.Count);
        Assert.All(test.Episodes, e => Assert.Contains(e.ConversationId, testIds));
    }

    [Fact]
    public void IsTest_SameSeed_IsDeterministicAndNearTheShare()
    {
        var ids = Enumerable.Range(0, 20_000).Select(i => $"c{i:x8}").ToList();
        var split = new ConversationSplit(0.2, seed: 5);

        var share = ids.Count(split.IsTest) / (double)ids.Count;

        Assert.InRange(share, 0.19, 0.21);
        Assert.Equal(ids.Select(split.IsTest), ids.Select(new ConversationSplit(0.2, seed: 5).IsTest));
        Assert.NotEqual(ids.Select(split.IsTest), ids.Select(new ConversationSplit(0.2, seed: 6).IsTest));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void Constructor_ShareOutsideTheOpenUnitInterval_ThrowsNamingTestShare(double share) =>
        Assert.Equal("testShare", Assert.Throws<ArgumentOutOfRangeException>(() => new ConversationSplit(share, 1)).ParamName);
}
