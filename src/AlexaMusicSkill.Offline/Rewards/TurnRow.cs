using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Rewards;

/// <summary>
/// One logged decision with its reward: the unit of per-turn training and off-policy evaluation. The candidates are
/// the logged ones (action, logging probability, features); <see cref="Record"/> is the decision record it came from
/// (null for synthetic logs), so a policy can be re-scored on the context it saw.
/// </summary>
public sealed record TurnRow(
    string ConversationId,
    int Turn,
    bool Exploring,
    int ChosenIndex,
    double Propensity,
    IReadOnlyList<CandidateRecord> Candidates,
    double Reward,
    DecisionRecord? Record = null)
{
    public string Chosen => Candidates[ChosenIndex].Action;

    public PolicyContext? Context => Record?.Context;
}
