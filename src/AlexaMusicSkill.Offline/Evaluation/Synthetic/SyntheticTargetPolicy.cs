using AlexaMusicSkill.Offline.Rewards;

namespace AlexaMusicSkill.Offline.Evaluation.Synthetic;

/// <summary>Lets estimators evaluate a synthetic policy on logged turns: the context and actions are read back from the features.</summary>
public sealed class SyntheticTargetPolicy(ISyntheticPolicy policy) : ITargetPolicy
{
    public string Name => policy.Name;

    public ISyntheticPolicy Policy => policy;

    public void Distribution(TurnRow turn, Span<double> probabilities)
    {
        var (context, _) = SyntheticContext.Decode(turn.Candidates[0].Features);
        Span<double> byAction = stackalloc double[SyntheticWorld.ActionCount];
        policy.Distribution(context, byAction);
        for (var c = 0; c < turn.Candidates.Count; c++)
        {
            probabilities[c] = byAction[SyntheticContext.Decode(turn.Candidates[c].Features).Action];
        }
    }
}
