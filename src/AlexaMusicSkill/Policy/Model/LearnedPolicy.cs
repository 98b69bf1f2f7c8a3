namespace AlexaMusicSkill.Policy.Model;

/// <summary>
/// The learned policy: scores every candidate by the reward model's predicted prompt usefulness and (through the
/// chooser) takes the best, exploring in exploring conversations like any policy.
/// </summary>
public sealed class LearnedPolicy(ModelArtifact artifact, IRewardModel model) : IDialoguePolicy
{
    public string Version { get; } = "learned-" + artifact.ModelVersion;

    public string? ModelVersion { get; } = artifact.ModelVersion;

    public ModelArtifact Artifact => artifact;

    public void Score(PolicyContext context, IReadOnlyList<CandidateAction> candidates, ReadOnlySpan<float> features, Span<double> scores)
    {
        var width = FeatureSchema.Count;
        if (model is TreeEnsembleScorer trees)
        {
            trees.PredictRows(features, candidates.Count, width, scores);
            return;
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            scores[c] = model.Predict(features.Slice(c * width, width));
        }
    }
}
