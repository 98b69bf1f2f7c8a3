namespace AlexaMusicSkill.Offline.Reports;

/// <summary>How often a policy chose each action type among some decisions, most frequent first.</summary>
public sealed record ActionMix(int Decisions, IReadOnlyList<ActionShare> Shares)
{
    public ActionShare? Top => Shares.Count > 0 ? Shares[0] : null;

    public static ActionMix Of(IEnumerable<string> actionTypes)
    {
        var list = actionTypes.ToList();
        var shares = list.GroupBy(a => a, StringComparer.Ordinal)
            .Select(g => new ActionShare(g.Key, g.Count(), (double)g.Count() / list.Count))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.ActionType, StringComparer.Ordinal)
            .ToList();
        return new ActionMix(list.Count, shares);
    }

    public double ShareOf(string actionType) => Shares.FirstOrDefault(s => s.ActionType == actionType)?.Share ?? 0;
}

public sealed record ActionShare(string ActionType, int Count, double Share);
