namespace AlexaMusicSkill.Storage;

/// <summary>The table layout of <c>contracts.md</c>: hash key <c>pk</c>, one item per purpose.</summary>
public static class StoredItemKeys
{
    public const string PartitionKey = "pk";
    public const string Version = "version";
    public const string ExpiresAt = "expiresAt";
    public const string StateAttribute = "state";
    public const string ProfileAttribute = "profile";

    public static string StateKey(string userKey) => "state#" + userKey;

    public static string ProfileKey(string userKey) => "profile#" + userKey;
}
