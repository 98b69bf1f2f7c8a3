namespace AlexaMusicSkill.Offline.Rewards;

/// <summary>
/// A decision log joined into rewarded turns and finished episodes. Conversations still open at the time the log was
/// read (last turn less than the expiry ago, no outcome) are left out and only counted.
/// </summary>
public sealed record RewardedLog(IReadOnlyList<TurnRow> Turns, IReadOnlyList<Episode> Episodes, int OpenConversations = 0)
{
    public static RewardedLog Empty { get; } = new([], []);

    /// <summary>Turns of exploring conversations: the only ones off-policy estimates may weight (contracts.md).</summary>
    public IEnumerable<TurnRow> ExploringTurns => Turns.Where(t => t.Exploring);

    /// <summary>Keeps the turns and episodes of the conversations <paramref name="keep"/> selects.</summary>
    public RewardedLog Where(Func<string, bool> keep) =>
        new([.. Turns.Where(t => keep(t.ConversationId))], [.. Episodes.Where(e => keep(e.ConversationId))], OpenConversations);
}
