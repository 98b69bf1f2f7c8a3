using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Storage;

/// <summary>The table layout of <c>contracts.md</c>: hash key <c>pk</c>, one item per purpose.</summary>
public static class StoredItemKeys
{
    public const string PartitionKey = "pk";
    public const string Version = "version";
    public const string ExpiresAt = "expiresAt";
    public const string StateAttribute = "state";
    public const string ProfileAttribute = "profile";

    /// <summary>On the account's profile item: the household members' keys (a string set; only ever added to).</summary>
    public const string PersonsAttribute = "persons";

    public static string StateKey(string userKey) => "state#" + userKey;

    public static string ProfileKey(string userKey) => "profile#" + userKey;

    public static string PersonProfileKey(string userKey, string personKey) => "profile#" + userKey + "#" + personKey;

    public static string ProfileKey(ProfileOwner owner) =>
        owner.PersonKey is { } person ? PersonProfileKey(owner.UserKey, person) : ProfileKey(owner.UserKey);
}
