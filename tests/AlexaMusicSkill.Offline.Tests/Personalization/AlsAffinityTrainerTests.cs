using AlexaMusicSkill.Offline.Personalization;

namespace AlexaMusicSkill.Offline.Tests.Personalization;

public sealed class AlsAffinityTrainerTests
{
    /// <summary>Two communities: jazz fans play some of j0–j39, rock fans some of r0–r39; a few play both.</summary>
    private static List<Interaction> Communities()
    {
        var random = new Random(3);
        var interactions = new List<Interaction>();
        for (var u = 0; u < 200; u++)
        {
            var jazz = u % 2 == 0;
            for (var a = 0; a < 40; a++)
            {
                if (random.NextDouble() < 0.25)
                {
                    interactions.Add(new Interaction($"u{u}", (jazz ? "j" : "r") + a, 1 + random.Next(50)));
                }
            }

            if (u % 10 == 0)
            {
                interactions.Add(new Interaction($"u{u}", (jazz ? "r" : "j") + random.Next(40), 1));
            }
        }

        return interactions;
    }

    [Fact]
    public void Train_CoListenedArtistsEndUpCloserThanUnrelatedOnes()
    {
        var artifact = new AlsAffinityTrainer(new AffinityTrainingOptions { Dimensions = 8, Iterations = 8 }).Train(Communities());
        Assert.Equal(80, artifact.ArtistIds.Count);
        var within = Mean(artifact, (a, b) => a[0] == b[0]);
        var between = Mean(artifact, (a, b) => a[0] != b[0]);
        TestContext.Current.TestOutputHelper?.WriteLine($"within {within:F3} between {between:F3}");
        Assert.True(within > between + 0.3, $"within-community cosine {within:F3} should clearly exceed between {between:F3}");
        for (var r = 0; r < artifact.ArtistIds.Count; r++)
        {
            Assert.Equal(1.0, Math.Sqrt(Enumerable.Range(0, 8).Sum(k => Math.Pow(artifact.Vectors[(r * 8) + k], 2))), 4);
        }
    }

    [Fact]
    public void Train_SameDataAndSeed_SameEmbeddings()
    {
        var options = new AffinityTrainingOptions { Dimensions = 8, Iterations = 3 };
        Assert.Equal(new AlsAffinityTrainer(options).Train(Communities(), "v").Vectors, new AlsAffinityTrainer(options).Train(Communities(), "v").Vectors);
    }

    [Fact]
    public void Train_ArtistsWithTooFewListeners_GetNoEmbedding()
    {
        var interactions = Communities();
        interactions.Add(new Interaction("u1", "lonely", 100));
        var artifact = new AlsAffinityTrainer(new AffinityTrainingOptions { Dimensions = 8, Iterations = 2, MinListeners = 2 }).Train(interactions);
        Assert.DoesNotContain("lonely", artifact.ArtistIds);
    }

    private static double Mean(Music.Affinity.AffinityArtifact artifact, Func<string, string, bool> pair)
    {
        var ids = artifact.ArtistIds;
        var k = artifact.Dimensions;
        var values = new List<double>();
        for (var a = 0; a < ids.Count; a++)
        {
            for (var b = a + 1; b < ids.Count; b++)
            {
                if (pair(ids[a], ids[b]))
                {
                    values.Add(Enumerable.Range(0, k).Sum(d => (double)artifact.Vectors[(a * k) + d] * artifact.Vectors[(b * k) + d]));
                }
            }
        }

        return values.Average();
    }
}
