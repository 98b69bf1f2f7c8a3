using System.Security.Cryptography;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace AlexaMusicSkill.Offline.Training;

/// <summary>
/// Fits the reward regressor q̂(context, action) with ML.NET: FastTree gradient-boosted trees (the anchor's winner)
/// and a linear baseline (SDCA), exported to the dependency-free artifact the Lambda serves. Cross-fitting gives
/// out-of-fold predictions, so DM/DR never score a row with a model trained on its own conversation.
/// </summary>
public sealed class RewardModelTrainer(RewardModelOptions options)
{
    public ModelArtifact TrainTrees(IReadOnlyList<TrainingRow> rows, string? modelVersion = null)
    {
        options.Validate();
        var (ml, data) = Load(rows.Select(r => r with { Features = MissingValues.Encode(r.Features) }).ToList());
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
            LearningRate = options.LearningRate,
            // FastTree's histogram work parallelizes without changing the model (same seed, same trees).
            NumberOfThreads = Environment.ProcessorCount,
            FeatureFraction = 1.0,
            Shrinkage = 1.0,
        });
        var model = trainer.Fit(data).Model;
        return TreeExport.From(model, FeatureSchema.Names, Fingerprint(rows), modelVersion ?? NewVersion("gbt", rows),
            new Dictionary<string, string>
            {
                ["trainer"] = "ML.NET FastTree",
                ["trees"] = options.Trees.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["leaves"] = options.Leaves.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["learningRate"] = options.LearningRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["rows"] = rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
    }

    public ModelArtifact TrainLinear(IReadOnlyList<TrainingRow> rows, string? modelVersion = null)
    {
        options.Validate();
        // Linear models cannot take NaN: missing values become 0 (the scorer does the same when serving).
        var (ml, data) = Load(rows.Select(r => r with { Features = r.Features.Select(f => float.IsNaN(f) ? 0f : f).ToArray() }).ToList());
        var trainer = ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { NumberOfThreads = 1, MaximumNumberOfIterations = 50 });
        var model = trainer.Fit(data).Model;
        return new ModelArtifact
        {
            ModelVersion = modelVersion ?? NewVersion("linear", rows),
            Kind = ModelArtifact.Kinds.Linear,
            FeatureNames = FeatureSchema.Names,
            FeatureSchemaVersion = FeatureSchema.Version,
            Bias = model.Bias,
            Weights = model.Weights.Select(w => (double)w).ToArray(),
            TrainingDataFingerprint = Fingerprint(rows),
            CreatedAt = DateTimeOffset.UtcNow,
            Notes = new Dictionary<string, string> { ["trainer"] = "ML.NET SDCA", ["rows"] = rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
    }

    /// <summary>Out-of-fold predictions: row i is scored by a model trained on the folds without its conversation.</summary>
    public double[] CrossFit(IReadOnlyList<TrainingRow> rows, Func<IReadOnlyList<TrainingRow>, IRewardModel> fit)
    {
        var predictions = new double[rows.Count];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var train = new List<TrainingRow>();
            var test = new List<int>();
            for (var i = 0; i < rows.Count; i++)
            {
                if (FoldOf(rows[i].ConversationId, options.Folds, options.Seed) == fold)
                {
                    test.Add(i);
                }
                else
                {
                    train.Add(rows[i]);
                }
            }

            if (test.Count == 0)
            {
                continue;
            }

            var model = fit(train);
            foreach (var i in test)
            {
                predictions[i] = model.Predict(rows[i].Features);
            }
        }

        return predictions;
    }

    /// <summary>A stable fold for a conversation id (hash, not order), so folds never split a conversation.</summary>
    public static int FoldOf(string conversationId, int folds, int seed)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + conversationId), hash);
        return (int)(BitConverter.ToUInt32(hash) % (uint)folds);
    }

    public static IRewardModel ScorerFor(ModelArtifact artifact) => artifact.Kind == ModelArtifact.Kinds.Linear
        ? new LinearScorer(artifact)
        : new TreeEnsembleScorer(artifact);

    private (MLContext, IDataView) Load(IReadOnlyList<TrainingRow> rows)
    {
        if (rows.Count == 0)
        {
            throw new ArgumentException("No training rows.", nameof(rows));
        }

        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new MlRow { Features = r.Features, Label = r.Label }), MlRow.Schema(FeatureSchema.Count));
        return (ml, data);
    }

    private static string Fingerprint(IReadOnlyList<TrainingRow> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in rows)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(row.ConversationId));
            hash.AppendData(BitConverter.GetBytes(row.Label));
            foreach (var f in row.Features)
            {
                hash.AppendData(BitConverter.GetBytes(f));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string NewVersion(string kind, IReadOnlyList<TrainingRow> rows) =>
        $"{kind}-{DateTimeOffset.UtcNow:yyyyMMdd}-{Fingerprint(rows)[..8]}";
}
