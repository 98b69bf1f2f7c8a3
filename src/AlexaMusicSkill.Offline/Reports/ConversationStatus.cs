namespace AlexaMusicSkill.Offline.Reports;

/// <summary>How a conversation ended, as a reader of the log decides it.</summary>
public enum ConversationStatus
{
    Accepted,
    Abandoned,

    /// <summary>No outcome 30 minutes after its last turn (contracts.md): counted as not successful.</summary>
    Expired,

    /// <summary>No outcome yet, last turn less than 30 minutes before the report's time: left out of the rates.</summary>
    Open,
}
