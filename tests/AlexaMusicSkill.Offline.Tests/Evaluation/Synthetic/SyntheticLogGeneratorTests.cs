using AlexaMusicSkill.Offline.Evaluation.Synthetic;

namespace AlexaMusicSkill.Offline.Tests.Evaluation.Synthetic;

public sealed class SyntheticLogGeneratorTests
{
    [Fact]
    public void Generate_ExploringLog_LogsSevenCandidatesWithTheEpsilonGreedyDistribution()
    {
        var log = SyntheticLogGenerator.Generate(new SyntheticLogSettings(2_000, epsilon: 0.2, seed: 5));

        Assert.InRange(log.Turns.Count, 2_000, 2_000 + SyntheticWorld.MaxTurns);
        Assert.All(log.Turns, turn =>
        {
            Assert.True(turn.Exploring);
            Assert.Equal(SyntheticWorld.ActionIds, turn.Candidates.Select(c => c.Action));
            Assert.Equal(1, turn.Candidates.Sum(c => c.Probability), 12);
            Assert.Equal([Math.Round(0.2 / 7, 12), Math.Round(0.8 + (0.2 / 7), 12)], turn.Candidates.Select(c => Math.Round(c.Probability, 12)).Distinct().Order());
            Assert.Equal(turn.Candidates[turn.ChosenIndex].Probability, turn.Propensity);
            Assert.InRange(turn.Reward, 0, 1);
        });
    }

    [Fact]
    public void Generate_Conversations_HaveSeveralTurnsAndEndInSuccessOnlyOnAnAcceptedItem()
    {
        var log = SyntheticLogGenerator.Generate(new SyntheticLogSettings(5_000, seed: 6));
        var turns = log.Turns.GroupBy(t => t.ConversationId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Turn).ToList());

        Assert.InRange(log.Turns.Count / (double)log.Episodes.Count, 4, 7);
        Assert.All(log.Episodes, episode =>
        {
            var rows = turns[episode.ConversationId];
            Assert.Equal(Enumerable.Range(0, episode.Turns), rows.Select(t => t.Turn));
            Assert.InRange(episode.Turns, 1, SyntheticWorld.MaxTurns);
            var last = rows[^1];
            Assert.Equal(episode.Success, SyntheticWorld.IsItem(last.ChosenIndex) && last.Reward == 1);
        });
    }

    [Fact]
    public void Generate_SameSeed_IsIdenticalAndSeedsDiffer()
    {
        var settings = new SyntheticLogSettings(1_000, seed: 9);

        var first = SyntheticLogGenerator.Generate(settings);
        var again = SyntheticLogGenerator.Generate(settings);
        var other = SyntheticLogGenerator.Generate(new SyntheticLogSettings(1_000, seed: 10));

        Assert.Equal(first.Turns.Select(t => (t.ConversationId, t.ChosenIndex, t.Reward)), again.Turns.Select(t => (t.ConversationId, t.ChosenIndex, t.Reward)));
        Assert.NotEqual(first.Turns.Select(t => t.Reward), other.Turns.Select(t => t.Reward));
    }

    [Fact]
    public void Generate_NoExploration_LogsGreedyConversationsWithPropensityOne()
    {
        var log = SyntheticLogGenerator.Generate(new SyntheticLogSettings(1_000, explorationShare: 0, seed: 2));

        Assert.All(log.Turns, t => Assert.Equal((false, 1.0), (t.Exploring, t.Propensity)));
        Assert.Empty(log.ExploringTurns);
    }

    [Theory]
    [InlineData("turns")]
    [InlineData("epsilon")]
    [InlineData("explorationShare")]
    public void Settings_InvalidValue_ThrowsNamingTheArgument(string argument)
    {
        Action create = argument switch
        {
            "turns" => () => _ = new SyntheticLogSettings(turns: 0),
            "epsilon" => () => _ = new SyntheticLogSettings(epsilon: 0),
            _ => () => _ = new SyntheticLogSettings(explorationShare: 1.5),
        };

        Assert.Equal(argument, Assert.Throws<ArgumentOutOfRangeException>(create).ParamName);
    }
}
