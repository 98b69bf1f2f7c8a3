namespace AlexaMusicSkill.State;

/// <summary>
/// Whose long-term profile a turn reads and writes: the account's, or one recognized household member's
/// (<c>context.System.person</c>). Both keys are keyed hashes, never raw Alexa ids. Dialogue state and rollout arms
/// stay keyed by <see cref="UserKey"/> alone: a household holds one conversation at a time and sees one arm.
/// </summary>
public sealed record ProfileOwner(string UserKey, string? PersonKey = null)
{
    public static ProfileOwner Account(string userKey) => new(userKey);

    public bool IsPerson => PersonKey is not null;
}
