namespace AlexaMusicSkill.Offline.Logs;

/// <summary>How <see cref="RecordLog"/> reads conversations.</summary>
public sealed record RecordLogOptions
{
    /// <summary>
    /// How far the log must move past a conversation's newest record before it counts as complete. At least the
    /// function's conversation timeout (<see cref="RecordLog.DefaultWindow"/>), and at least the expiry a caller judges
    /// conversations by, so that a conversation yielded before the end is already expired at its <see cref="LoggedConversation.AsOf"/>.
    /// </summary>
    public TimeSpan Window { get; init; } = RecordLog.DefaultWindow;

    /// <summary>
    /// Which conversations keep every candidate's features (the ones that will be evaluated); the others keep only the
    /// chosen candidate's (the others' arrays emptied), which is all training needs. Most of a log's memory is candidate
    /// features: a training run that evaluates a fifth of the conversations holds about a third as much. Null keeps all.
    /// </summary>
    public Func<string, bool>? KeepAllFeatures { get; init; }

    /// <summary>
    /// Yield conversations in the order their first records appear in the log (a log written conversation by
    /// conversation comes back in its own order), holding complete ones until every earlier one is complete too.
    /// </summary>
    public bool InLogOrder { get; init; }
}
