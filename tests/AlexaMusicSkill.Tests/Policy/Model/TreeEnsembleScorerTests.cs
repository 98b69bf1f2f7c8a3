using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Tests.Policy.Model;

public sealed class TreeEnsembleScorerTests
{
    [Fact]
    public void Predict_FollowsLessOrEqualLeftAndNaNAsRecorded()
    {
        // node 0: f0 <= 1 → node 1 else leaf 2; node 1: f1 <= 2 → leaf 0 else leaf 1; NaN at node 0 goes right, at node 1 left.
        var artifact = TestArtifacts.Stump(0) with
        {
            Bias = 0.5,
            Trees = [new TreeArtifact
            {
                Weight = 2,
                SplitFeatures = [0, 1],
                Thresholds = [1, 2],
                LeftChildren = [1, -1],
                RightChildren = [-3, -2],
                LeafValues = [10, 20, 30],
                NaNGoesLeft = [false, true],
            }],
        };
        var scorer = new TreeEnsembleScorer(artifact);
        var x = new float[FeatureSchema.Count];

        Assert.Equal(0.5 + (2 * 10), scorer.Predict(Set(x, 1f, 2f)));
        Assert.Equal(0.5 + (2 * 20), scorer.Predict(Set(x, 1f, 2.0001f)));
        Assert.Equal(0.5 + (2 * 30), scorer.Predict(Set(x, 1.0001f, 0f)));
        Assert.Equal(0.5 + (2 * 30), scorer.Predict(Set(x, float.NaN, 0f)));
        Assert.Equal(0.5 + (2 * 10), scorer.Predict(Set(x, 0f, float.NaN)));
    }

    private static float[] Set(float[] x, float f0, float f1)
    {
        x[0] = f0;
        x[1] = f1;
        return x;
    }
}
