using System.Diagnostics;
using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Estimators;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Training;

/// <summary>
/// Logs → rewarded turns → the reward regressor: trains the tree ensemble and the linear baseline on the training
/// conversations, and compares them on held-out conversations the way the anchor did: prediction error, and the
/// doubly-robust value of the greedy policy each model induces (q̂ for DR cross-fitted, so no model grades itself).
/// </summary>
public static class TrainingPipeline
{
    public static TrainingRun Train(RewardedLog log, RewardModelOptions options, double testShare = 0.2, int seed = 41)
    {
        var clock = Stopwatch.StartNew();
        var (train, test) = new ConversationSplit(testShare, seed).Split(log);
        var rows = RowsOf(train);
        var trainer = new RewardModelTrainer(options);
        var trees = trainer.TrainTrees(rows);
        var linear = trainer.TrainLinear(rows);

        // DR needs a q̂ that did not see the test conversations: fit it on the train side (cross-fitted by construction).
        var testRows = RowsOf(test);
        var treeScorer = new TreeEnsembleScorer(trees);
        var linearScorer = new LinearScorer(linear);
        var comparison = new[]
        {
            Compare("trees", trees, treeScorer, test, testRows, treeScorer),
            Compare("linear", linear, linearScorer, test, testRows, treeScorer),
        };

        return new TrainingRun(trees, linear, rows.Count, testRows.Count, comparison, clock.Elapsed, GC.GetTotalMemory(false));
    }

    /// <summary>One row per logged decision: the chosen candidate's features and its prompt-usefulness reward.</summary>
    public static List<TrainingRow> RowsOf(RewardedLog log) =>
        [.. log.Turns.Select(t => new TrainingRow(t.Candidates[t.ChosenIndex].Features, (float)t.Reward, t.ConversationId))];

    private static ModelComparison Compare(string name, ModelArtifact artifact, IRewardModel model, RewardedLog test, List<TrainingRow> testRows, IRewardModel evaluationModel)
    {
        var squared = 0.0;
        foreach (var row in testRows)
        {
            var error = model.Predict(row.Features) - row.Label;
            squared += error * error;
        }

        var policy = new LearnedPolicy(artifact, model);
        var target = new DialoguePolicyTarget(policy);
        var data = EvaluationData.Build(test, target, evaluationModel, exploringOnly: true);
        var dr = data.Count == 0 ? null : new DoublyRobust().Estimate(data, new BootstrapSettings(resamples: 500));
        return new ModelComparison(name, testRows.Count == 0 ? double.NaN : Math.Sqrt(squared / testRows.Count), dr?.Interval ?? Interval.None);
    }
}

/// <summary>The trained models and how they compared on held-out conversations.</summary>
public sealed record TrainingRun(
    ModelArtifact Trees,
    ModelArtifact Linear,
    int TrainingRows,
    int TestRows,
    IReadOnlyList<ModelComparison> Comparison,
    TimeSpan Elapsed,
    long ManagedBytes);

/// <summary>A model's held-out prediction error and the DR value (95% interval) of the greedy policy it induces.</summary>
/// <summary>A model's held-out error and the DR value of its greedy policy on the test split, with the interval of <see cref="ClusterBootstrap"/>.</summary>
public sealed record ModelComparison(string Model, double Rmse, Interval PolicyValue);
