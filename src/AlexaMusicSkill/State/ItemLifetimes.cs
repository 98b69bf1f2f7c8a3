namespace AlexaMusicSkill.State;

/// <summary>How long each stored item lives after its last write (the TTL attribute; DynamoDB deletes lazily).</summary>
public static class ItemLifetimes
{
    /// <summary>A conversation is over after 30 minutes; its state is kept a day for replays and debugging.</summary>
    public static readonly TimeSpan State = TimeSpan.FromDays(1);

    /// <summary>The account's profile and every household member's profile alike.</summary>
    public static readonly TimeSpan Profile = TimeSpan.FromDays(400);

    /// <summary>
    /// How far beyond a member's own expiry their listing is made to live when it is (re)written. The listing has to
    /// outlive the member's item (TTL would otherwise delete the list first and leave the item undeletable by
    /// "forget me"); with this lead it is rewritten about once a month per active member, not on every turn
    /// (an UpdateItem on the account item costs as many write units as the account profile is large).
    /// </summary>
    public static readonly TimeSpan PersonListingLead = TimeSpan.FromDays(30);
}
