using AlexaMusicSkill.Offline.Rewards;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>The logging policy itself (the logged probabilities): every weight is 1, so estimates equal the on-policy mean.</summary>
public sealed class LoggingPolicyTarget : ITargetPolicy
{
    public string Name => "logging";

    public void Distribution(TurnRow turn, Span<double> probabilities)
    {
        for (var c = 0; c < turn.Candidates.Count; c++)
        {
            probabilities[c] = turn.Candidates[c].Probability;
        }
    }
}
