using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// Evaluates an <see cref="IDialoguePolicy"/> as served greedily: it re-scores the logged candidates on the logged
/// context and features and puts probability 1 on the best score (first on ties, as <see cref="ActionChooser"/> does).
/// </summary>
public sealed class DialoguePolicyTarget(IDialoguePolicy policy, string? name = null) : ITargetPolicy
{
    public string Name { get; } = name ?? policy.Version;

    public void Distribution(TurnRow turn, Span<double> probabilities)
    {
        var context = turn.Context
            ?? throw new InvalidOperationException($"Turn {turn.ConversationId}/{turn.Turn} has no logged context to re-score {Name} on.");
        var count = turn.Candidates.Count;
        var candidates = new CandidateAction[count];
        var features = new float[count * FeatureSchema.Count];
        features.AsSpan().Fill(float.NaN); // a record from an older, shorter schema leaves the new features missing
        for (var c = 0; c < count; c++)
        {
            var logged = turn.Candidates[c];
            var id = ActionId.TryParse(logged.Action)
                ?? throw new InvalidDataException($"Turn {turn.ConversationId}/{turn.Turn}: unknown action id {logged.Action}.");
            candidates[c] = new CandidateAction(id, logged.PoolShare, logged.Affinity);
            logged.Features.AsSpan(0, Math.Min(logged.Features.Length, FeatureSchema.Count)).CopyTo(features.AsSpan(c * FeatureSchema.Count));
        }

        var scores = new double[count];
        policy.Score(context, candidates, features, scores);
        probabilities.Clear();
        probabilities[ActionChooser.ArgMax(scores)] = 1;
    }
}
