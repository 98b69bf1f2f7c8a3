using AlexaMusicSkill.Feedback;

namespace AlexaMusicSkill.Tests.Feedback;

public sealed class GoalClosenessTests
{
    [Fact]
    public void Estimate_NothingKnownYet_IsMiddling()
    {
        Assert.InRange(GoalCloseness.Estimate([], 1.0, 0, null), 0.4, 0.8);
    }

    [Fact]
    public void Estimate_AlwaysStaysInTheUnitInterval()
    {
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var sentiments = Enumerable.Range(0, random.Next(10)).Select(_ => (random.NextDouble() * 4) - 2).ToList();
            var value = GoalCloseness.Estimate(sentiments, (random.NextDouble() * 3) - 1, random.Next(-2, 50), random.Next(3) == 0 ? null : (random.NextDouble() * 3) - 1);
            Assert.InRange(value, 0.0, 1.0);
        }
    }

    [Fact]
    public void Estimate_RisesWithEachSignal()
    {
        var baseline = GoalCloseness.Estimate([0.0], 0.7, 0, 0.5);

        Assert.True(GoalCloseness.Estimate([0.6], 0.7, 0, 0.5) > baseline);
        Assert.True(GoalCloseness.Estimate([0.0], 1.0, 0, 0.5) > baseline);
        Assert.True(GoalCloseness.Estimate([0.0], 0.7, 0, 0.9) > baseline);
        Assert.True(GoalCloseness.Estimate([0.0], 0.7, 1, 0.5) < baseline);
    }

    [Fact]
    public void Estimate_RecentReactionsWeighMore()
    {
        Assert.True(GoalCloseness.Estimate([-0.6, 0.6], 1.0, 0, 0.8) > GoalCloseness.Estimate([0.6, -0.6], 1.0, 0, 0.8));
    }

    [Fact]
    public void Estimate_ARunOfMisses_KeepsPullingDown()
    {
        var previous = GoalCloseness.Estimate([], 1.0, 0, 0.8);
        var sentiments = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            sentiments.Add(-0.5);
            var now = GoalCloseness.Estimate(sentiments, 1.0, 0, 0.8);
            Assert.True(now < previous, $"miss {i + 1}: {now} is not below {previous}");
            previous = now;
        }

        Assert.True(previous < 0.3, $"five misses still leave closeness at {previous}");
    }

    [Fact]
    public void Estimate_OneBadSignal_KeepsTheGoalFarHoweverGoodTheOthers()
    {
        Assert.True(GoalCloseness.Estimate([-1, -1, -1], 1.0, 0, 1.0) < 0.25);
        Assert.True(GoalCloseness.Estimate([1, 1], 0.1, 4, 1.0) < 0.6);
    }

    [Fact]
    public void SentimentMomentum_IsBoundedAndZeroWithoutReactions()
    {
        Assert.Equal(0, GoalCloseness.SentimentMomentum([]));
        Assert.InRange(GoalCloseness.SentimentMomentum(Enumerable.Repeat(1.0, 50).ToList()), 0.9, 1.0);
        Assert.InRange(GoalCloseness.SentimentMomentum(Enumerable.Repeat(-5.0, 50).ToList()), -1.0, -0.9);
    }
}
