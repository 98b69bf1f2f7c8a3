using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Gate;
using AlexaMusicSkill.Offline.Evaluation.Report;
using AlexaMusicSkill.Offline.Tests.TestDoubles;
using AlexaMusicSkill.Offline.Training;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Tests.Training;

/// <summary>On logs written by the skill itself: train → export → load as the served policy → evaluate with the gate.</summary>
public sealed class TrainingPipelineTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Train_SkillLogs_ExportsAModelTheEngineServesAndTheGateCanJudge()
    {
        var log = await SkillLogs.TalkAsync(new ExplorationSettings(1.0, 0.3), seed: 21, conversations: 500);

        var run = TrainingPipeline.Train(log, new RewardModelOptions { Trees = 60, Leaves = 8, MinimumExamplesPerLeaf = 10 });
        foreach (var model in run.Comparison)
        {
            output.WriteLine($"{model.Model}: held-out RMSE {model.Rmse:0.###}, greedy policy DR value {model.PolicyValue.Format("0.###")}");
        }

        // Exported through JSON and loaded exactly as the Lambda loads the embedded model.
        var loaded = PolicyModelLoader.Load(PolicyModelLoader.Serialize(run.Trees));
        Assert.NotNull(loaded.Policy);
        Assert.Equal(FeatureSchema.Names, loaded.Policy.Artifact.FeatureNames);
        Assert.Equal(60, loaded.Policy.Artifact.Trees.Count);
        Assert.All(run.Comparison, c => Assert.InRange(c.Rmse, 0, 1));
        Assert.All(run.Comparison, c => Assert.InRange(c.PolicyValue.Value, 0, 1.5));

        // The served policy is the exported model: its decisions say so.
        var served = await SkillLogs.TalkAsync(ExplorationSettings.None, seed: 22, conversations: 20, policy: loaded.Policy);
        Assert.All(served.Turns, t => Assert.Equal(loaded.Policy.ModelVersion, t.Record!.ModelVersion));

        // And the gate can judge it against production on held-out exploring logs (its verdict is data, not asserted here).
        var heldOut = await SkillLogs.TalkAsync(new ExplorationSettings(1.0, 0.3), seed: 23, conversations: 300);
        var report = OffPolicyEvaluation.EvaluateWithGate(
            heldOut,
            new DialoguePolicyTarget(loaded.Policy),
            new DialoguePolicyTarget(new RuleBasedPolicy()),
            new TreeEnsembleScorer(run.Trees),
            new GateSettings());
        Assert.NotNull(report.Gate);
        Assert.Contains(report.Gate.Checks, c => c.Name == "effective_sample_size");
        output.WriteLine(ReportTable.Render(report));
    }
}
