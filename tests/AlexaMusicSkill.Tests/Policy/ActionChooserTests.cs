using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Tests.Policy;

public sealed class ActionChooserTests
{
    [Fact]
    public void Choose_Greedy_GivesTheBestActionProbabilityOne()
    {
        double[] scores = [0.1, 0.9, 0.9, 0.3];
        var probabilities = new double[4];

        var chosen = ActionChooser.Choose(scores, exploring: false, new ExplorationSettings(0.1, 0.2), new SeededRandom((ulong)(1)), probabilities);

        Assert.Equal(1, chosen);
        Assert.Equal([0.0, 1.0, 0.0, 0.0], probabilities);
    }

    [Fact]
    public void Choose_EpsilonGreedy_FloorsEveryActionAtEpsilonOverK()
    {
        double[] scores = [0.1, 0.9, 0.2, 0.3, 0.4];
        var probabilities = new double[5];

        ActionChooser.Choose(scores, exploring: true, new ExplorationSettings(1, 0.2), new SeededRandom((ulong)(1)), probabilities);

        Assert.Equal(1.0, probabilities.Sum(), 12);
        Assert.Equal(0.8 + 0.04, probabilities[1], 12);
        Assert.All(probabilities.Where((_, i) => i != 1), p => Assert.Equal(0.04, p, 12));
    }

    [Fact]
    public void Choose_Softmax_KeepsTheFloorAndOrdersByScore()
    {
        double[] scores = [0.1, 0.5, 0.2];
        var probabilities = new double[3];

        ActionChooser.Choose(scores, exploring: true, new ExplorationSettings(1, 0.3, ExplorationScheme.Softmax, 0.1), new SeededRandom((ulong)(3)), probabilities);

        Assert.Equal(1.0, probabilities.Sum(), 12);
        Assert.All(probabilities, p => Assert.True(p >= 0.1 - 1e-12));
        Assert.True(probabilities[1] > probabilities[2] && probabilities[2] > probabilities[0]);
    }

    [Fact]
    public void Choose_Exploring_DrawsWithTheLoggedProbabilities()
    {
        // Fixed seed, fixed count: empirical frequencies within 1.5 percentage points of the logged probabilities.
        double[] scores = [0.0, 1.0, 0.5];
        var settings = new ExplorationSettings(1, 0.3);
        var random = new SeededRandom((ulong)(42));
        var counts = new int[3];
        var probabilities = new double[3];
        const int draws = 20_000;
        for (var i = 0; i < draws; i++)
        {
            counts[ActionChooser.Choose(scores, true, settings, random, probabilities)]++;
        }

        for (var a = 0; a < 3; a++)
        {
            Assert.InRange((double)counts[a] / draws, probabilities[a] - 0.015, probabilities[a] + 0.015);
        }
    }
}
