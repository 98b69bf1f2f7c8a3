namespace AlexaMusicSkill.Policy;

/// <summary>
/// The policy contract: score every eligible candidate in the context (higher is better). The chooser turns scores
/// into a probability distribution (greedy, or exploring with a floor) and draws the action with its propensity.
/// </summary>
public interface IDialoguePolicy
{
    /// <summary>Names the policy and its model in every record, e.g. "rules-v1" or "gbt-2026-11-25-ab12".</summary>
    string Version { get; }

    /// <summary>Version of the model artifact behind the policy, or null for a hand-written policy.</summary>
    string? ModelVersion { get; }

    /// <param name="features">Row-major matrix, <see cref="FeatureSchema.Count"/> floats per candidate.</param>
    void Score(PolicyContext context, IReadOnlyList<CandidateAction> candidates, ReadOnlySpan<float> features, Span<double> scores);
}
