namespace AlexaMusicSkill.Offline.Reports;

/// <summary>How a logged conversation ended, as a reader of the log decides it at the report's time (the skill's own live status is AlexaMusicSkill.State.ConversationStatus).</summary>
public enum ObservedOutcome
{
    Accepted,
    Abandoned,

    /// <summary>No outcome 30 minutes after its last turn (contracts.md): counted as not successful.</summary>
    Expired,

    /// <summary>No outcome yet, last turn less than 30 minutes before the report's time: left out of the rates.</summary>
    Open,
}
