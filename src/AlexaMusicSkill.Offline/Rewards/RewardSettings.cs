namespace AlexaMusicSkill.Offline.Rewards;

/// <summary>
/// How a log is read into rewards. <paramref name="AsOf"/> is when the log was taken (default: its latest record);
/// conversations whose last turn is <paramref name="ExpireAfter"/> older than that and have no outcome are expired.
/// </summary>
public sealed record RewardSettings(DateTimeOffset? AsOf = null, TimeSpan? ExpireAfter = null)
{
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromMinutes(30);

    public TimeSpan Expiry => ExpireAfter ?? DefaultExpiry;
}
