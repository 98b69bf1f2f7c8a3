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

    /// <summary>State lives a day after the last turn; DynamoDB TTL deletes it lazily.</summary>
    public static readonly TimeSpan StateLifetime = TimeSpan.FromDays(1);

    public static readonly TimeSpan ProfileLifetime = TimeSpan.FromDays(400);
}
