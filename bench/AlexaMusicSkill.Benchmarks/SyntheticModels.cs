using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>A random, full-size model (200 trees of 16 leaves) with the real feature schema, for timing the scorer.</summary>
internal static class SyntheticModels
{
    public static ModelArtifact Trees(int trees = 200, int leaves = 16, int seed = 5)
    {
        var random = new Random(seed);
        var list = new List<TreeArtifact>(trees);
        for (var t = 0; t < trees; t++)
        {
            // A random binary tree with `leaves` leaves in ML.NET's layout: node i splits; children are later nodes or leaves.
            var splits = leaves - 1;
            var left = new int[splits];
            var right = new int[splits];
            var nextNode = 1;
            var nextLeaf = 0;
            for (var n = 0; n < splits; n++)
            {
                left[n] = nextNode < splits && random.NextDouble() < 0.6 ? nextNode++ : ~nextLeaf++;
                right[n] = nextNode < splits ? nextNode++ : ~nextLeaf++;
            }

            // Leaves not yet attached hang off the last nodes; count them so the tree stays valid.
            var leafCount = nextLeaf;
            list.Add(new TreeArtifact
            {
                SplitFeatures = Enumerable.Range(0, splits).Select(_ => random.Next(FeatureSchema.Count)).ToArray(),
                Thresholds = Enumerable.Range(0, splits).Select(_ => (float)random.NextDouble()).ToArray(),
                LeftChildren = left,
                RightChildren = right,
                LeafValues = Enumerable.Range(0, splits + 1).Select(_ => random.NextDouble() * 0.1).ToArray(),
                NaNGoesLeft = Enumerable.Range(0, splits).Select(_ => true).ToArray(),
            });
            _ = leafCount;
        }

        return new ModelArtifact
        {
            ModelVersion = "bench-200",
            Kind = ModelArtifact.Kinds.TreeEnsemble,
            FeatureNames = FeatureSchema.Names,
            FeatureSchemaVersion = FeatureSchema.Version,
            Trees = list,
            TrainingDataFingerprint = "synthetic",
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
    }
}
