using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using Microsoft.ML.Trainers.FastTree;

namespace AlexaMusicSkill.Offline.Training;

/// <summary>Copies a trained FastTree ensemble into our artifact: nodes, thresholds, children, leaves, tree weights, bias.</summary>
internal static class TreeExport
{
    public static ModelArtifact From(
        FastTreeRegressionModelParameters model,
        IReadOnlyList<string> featureNames,
        string fingerprint,
        string modelVersion,
        IReadOnlyDictionary<string, string> notes)
    {
        var ensemble = model.TrainedTreeEnsemble;
        var trees = new List<TreeArtifact>(ensemble.Trees.Count);
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(flag => flag))
            {
                throw new NotSupportedException("Categorical splits are not exported; our features are all numeric.");
            }

            trees.Add(new TreeArtifact
            {
                Weight = ensemble.TreeWeights[t],
                SplitFeatures = tree.NumericalSplitFeatureIndexes.ToArray(),
                Thresholds = tree.NumericalSplitThresholds.ToArray(),
                LeftChildren = tree.LeftChild.ToArray(),
                RightChildren = tree.RightChild.ToArray(),
                LeafValues = tree.LeafValues.ToArray(),
                // The trainer saw missing values as MissingValue: NaN goes wherever that value went.
                NaNGoesLeft = tree.NumericalSplitThresholds.Select(threshold => MissingValues.Encoded <= threshold).ToArray(),
            });
        }

        return new ModelArtifact
        {
            ModelVersion = modelVersion,
            Kind = ModelArtifact.Kinds.TreeEnsemble,
            FeatureNames = featureNames,
            FeatureSchemaVersion = FeatureSchema.Version,
            Bias = ensemble.Bias,
            Trees = trees,
            TrainingDataFingerprint = fingerprint,
            CreatedAt = DateTimeOffset.UtcNow,
            Notes = notes,
        };
    }
}
