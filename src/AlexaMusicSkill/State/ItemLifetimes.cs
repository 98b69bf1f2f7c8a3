namespace AlexaMusicSkill.State;

/// <summary>How long each stored item lives after its last write (the TTL attribute; DynamoDB deletes lazily).</summary>
public static class ItemLifetimes
{
    /// <summary>A conversation is over after 30 minutes; its state is kept a day for replays and debugging.</summary>
    public static readonly TimeSpan State = TimeSpan.FromDays(1);

    public static readonly TimeSpan Profile = TimeSpan.FromDays(400);
}
