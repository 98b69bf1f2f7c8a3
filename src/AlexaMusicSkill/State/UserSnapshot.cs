namespace AlexaMusicSkill.State;

/// <summary>
/// The items of one turn as read at its start: the account's dialogue state and the owner's profile. A version of 0
/// means the item never existed; an expired item keeps its version (the conditional write needs it) but its value
/// reads as absent. When the owner is a household member, <see cref="Profile"/> is theirs and the account's own profile
/// item comes along in the same read (<see cref="AccountProfile"/>): it holds the device's playback and lists the
/// members, so deletion can find them.
/// </summary>
public sealed record UserSnapshot(string UserKey, DialogueState? State, long StateVersion, UserProfile Profile, long ProfileVersion)
{
    private readonly UserProfile? _accountProfile;
    private readonly long? _accountProfileVersion;

    /// <summary>The household member whose profile <see cref="Profile"/> is; null when it is the account's.</summary>
    public string? PersonKey { get; init; }

    /// <summary>The account's own profile (the same as <see cref="Profile"/> without a person).</summary>
    public UserProfile AccountProfile
    {
        get => PersonKey is null ? Profile : _accountProfile ?? UserProfile.Empty;
        init => _accountProfile = value;
    }

    public long AccountProfileVersion
    {
        get => PersonKey is null ? ProfileVersion : _accountProfileVersion ?? 0;
        init => _accountProfileVersion = value;
    }

    /// <summary>
    /// With a person: until when the account item that lists them lives; null when they are not listed yet. A person's
    /// item must never outlive its listing, or deletion could not find it.
    /// </summary>
    public DateTimeOffset? PersonListedUntil { get; init; }

    public ProfileOwner Owner => new(UserKey, PersonKey);

    public static UserSnapshot Empty(string userKey) => new(userKey, null, 0, UserProfile.Empty, 0);
}
