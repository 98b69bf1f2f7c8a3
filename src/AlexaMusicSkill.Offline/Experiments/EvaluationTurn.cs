using AlexaMusicSkill.Logging.Records;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// A logged decision as off-policy evaluation needs it: context, every candidate (features, logged probability),
/// the chosen one with its propensity, and its reward.
/// </summary>
public sealed record EvaluationTurn(
    string ConversationId,
    int Turn,
    bool Exploring,
    PolicyContext Context,
    IReadOnlyList<CandidateRecord> Candidates,
    int ChosenIndex,
    double Propensity,
    double Reward)
{
    /// <summary>The candidate a deterministic (greedy) policy picks here, re-scored on the logged features.</summary>
    public int GreedyChoice(IDialoguePolicy policy)
    {
        var k = Candidates.Count;
        var width = FeatureSchema.Count;
        var actions = new CandidateAction[k];
        var features = new float[k * width];
        for (var c = 0; c < k; c++)
        {
            var record = Candidates[c];
            actions[c] = new CandidateAction(ActionId.TryParse(record.Action) ?? throw new InvalidDataException($"Unknown action {record.Action}."), record.PoolShare, record.Affinity);
            record.Features.CopyTo(features.AsSpan(c * width, width));
        }

        Span<double> scores = k <= 64 ? stackalloc double[k] : new double[k];
        policy.Score(Context, actions, features, scores);
        return ActionChooser.ArgMax(scores);
    }
}
