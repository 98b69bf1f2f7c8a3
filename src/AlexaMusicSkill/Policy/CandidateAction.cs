namespace AlexaMusicSkill.Policy;

/// <summary>
/// One eligible action at a decision, with the facts computed when it was generated that the catalog alone cannot
/// give back: the share of the candidate pool it concerns, and the listener's affinity for its item (when known).
/// </summary>
public sealed record CandidateAction(ActionId Id, double PoolShare = 0, double? Affinity = null)
{
    public ActionType Type => Id.Type;
}
