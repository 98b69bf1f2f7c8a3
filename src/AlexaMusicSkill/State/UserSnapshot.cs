namespace AlexaMusicSkill.State;

/// <summary>
/// Both items of one user as read at the start of a turn. A version of 0 means the item never existed; an expired
/// item keeps its version (the conditional write needs it) but its value reads as absent.
/// </summary>
public sealed record UserSnapshot(string UserKey, DialogueState? State, long StateVersion, UserProfile Profile, long ProfileVersion)
{
    public static UserSnapshot Empty(string userKey) => new(userKey, null, 0, UserProfile.Empty, 0);
}
