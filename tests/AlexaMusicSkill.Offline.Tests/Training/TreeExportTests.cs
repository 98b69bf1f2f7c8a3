using AlexaMusicSkill.Offline.Training;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace AlexaMusicSkill.Offline.Tests.Training;

/// <summary>The exported artifact, evaluated by our dependency-free scorer, predicts what ML.NET predicts.</summary>
public sealed class TreeExportTests
{
    private static readonly int Width = FeatureSchema.Count;

    [Fact]
    public void ExportedEnsemble_MatchesMlNetPredictions_OnHeldOutRowsWithNaNsAndThresholdValues()
    {
        var random = new Random(11);
        var train = Rows(random, 4000);
        var ml = new MLContext(3);
        var transformer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 150,
            NumberOfLeaves = 12,
            MinimumExampleCountPerLeaf = 10,
            NumberOfThreads = 1,
        }).Fit(ml.Data.LoadFromEnumerable(train.Select(r => new MlRow { Features = MissingValues.Encode(r.Features), Label = r.Label }), MlRow.Schema(Width)));

        var artifact = TreeExport.From(transformer.Model, FeatureSchema.Names, "test", "gbt-test", new Dictionary<string, string>());
        var scorer = new TreeEnsembleScorer(PolicyModelLoader.Parse(PolicyModelLoader.Serialize(artifact)));
        Assert.True(scorer.TreeCount >= 100, $"{scorer.TreeCount} trees");

        // Held-out rows, plus rows placed exactly on split thresholds (the <= boundary) and rows full of NaN.
        var heldOut = Rows(random, 1500);
        foreach (var tree in artifact.Trees.Take(40))
        {
            for (var n = 0; n < tree.SplitFeatures.Count; n++)
            {
                var row = Rows(random, 1)[0];
                row.Features[tree.SplitFeatures[n]] = tree.Thresholds[n];
                heldOut.Add(row);
            }
        }

        heldOut.AddRange(Enumerable.Range(0, 50).Select(_ => new TrainingRow(Enumerable.Repeat(float.NaN, Width).ToArray(), 0, "nan")));

        // ML.NET sees missing values encoded, as in training; our scorer gets the raw NaN, as when serving.
        var predicted = transformer.Transform(ml.Data.LoadFromEnumerable(heldOut.Select(r => new MlRow { Features = MissingValues.Encode(r.Features), Label = r.Label }), MlRow.Schema(Width)));
        var scores = predicted.GetColumn<float>("Score").ToArray();
        var nanRows = 0;
        for (var i = 0; i < heldOut.Count; i++)
        {
            nanRows += heldOut[i].Features.Any(float.IsNaN) ? 1 : 0;
            var ours = scorer.Predict(heldOut[i].Features);
            Assert.True(Math.Abs(ours - scores[i]) <= 1e-5, $"row {i}: ours {ours}, ML.NET {scores[i]}");
        }

        Assert.True(nanRows > 500, $"only {nanRows} rows had NaN inputs");

        // The batch path the served policy uses (tree by tree over a decision's rows) gives the same numbers.
        var matrix = heldOut.SelectMany(r => r.Features).ToArray();
        var batch = new double[heldOut.Count];
        scorer.PredictRows(matrix, heldOut.Count, Width, batch);
        for (var i = 0; i < heldOut.Count; i++)
        {
            Assert.Equal(scorer.Predict(heldOut[i].Features), batch[i], 12);
        }
    }

    /// <summary>A reward that depends on a few features, with NaN in the "missing until known" slots.</summary>
    private static List<TrainingRow> Rows(Random random, int count)
    {
        var rows = new List<TrainingRow>(count);
        for (var i = 0; i < count; i++)
        {
            var x = new float[Width];
            for (var f = 0; f < Width; f++)
            {
                x[f] = random.NextDouble() < 0.15 ? float.NaN : (float)Math.Round(random.NextDouble() * 4, 2);
            }

            var label = (float)((x[3] > 2 ? 0.4 : 0.1) + (float.IsNaN(x[10]) ? 0.2 : 0.05 * x[10]) + (x[40] * 0.1) + (random.NextDouble() * 0.1));
            rows.Add(new TrainingRow(x, float.IsNaN(label) ? 0.3f : label, $"c{i / 5}"));
        }

        return rows;
    }
}
