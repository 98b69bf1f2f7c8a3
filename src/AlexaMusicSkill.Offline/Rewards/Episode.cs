namespace AlexaMusicSkill.Offline.Rewards;

/// <summary>How a conversation ended. Expired: no outcome 30 minutes after its last turn (decided by readers).</summary>
public enum EpisodeOutcome
{
    Accepted,
    Abandoned,
    Expired,
}

/// <summary>
/// One finished conversation: outcome, decisions made, listening evidence. <see cref="Complete"/> is false when the
/// log misses some of its decisions (turn indices with gaps, or fewer than the outcome counted); episode-level
/// estimators skip those, since their trajectory weights would be wrong.
/// </summary>
public sealed record Episode(
    string ConversationId,
    EpisodeOutcome Outcome,
    bool Exploring,
    int Turns,
    bool Complete = true,
    double ListeningSeconds = 0,
    string? AcceptedVia = null,
    string? Reason = null)
{
    public bool Success => Outcome == EpisodeOutcome.Accepted;

    /// <summary>Decisions it took to reach music; null when the conversation did not succeed.</summary>
    public int? TurnsToSuccess => Success ? Turns : null;
}
