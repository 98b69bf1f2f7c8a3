namespace AlexaMusicSkill.State;

/// <summary>
/// The state port: one consistent read of a turn's items, conditional writes on the version, deletion of everything
/// we hold for an account. Calls are bounded by the cancellation token (the invocation's remaining time).
/// Implementations: in memory (tests, simulator), file (local runs), DynamoDB (Lambda).
/// </summary>
public interface IUserStateStore
{
    /// <summary>
    /// The account's dialogue state and the owner's profile in one consistent read; for a household member also the
    /// account's own profile item and whether it lists them (see <see cref="UserSnapshot"/>).
    /// </summary>
    Task<UserSnapshot> LoadAsync(ProfileOwner owner, CancellationToken cancellationToken);

    /// <summary>Writes the state if the stored version is still <paramref name="expectedVersion"/>; returns the new version.</summary>
    /// <exception cref="StateConflictException">Another request wrote first.</exception>
    Task<long> SaveStateAsync(string userKey, DialogueState state, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Writes the owner's profile item (the account's or a member's) if its version is still <paramref name="expectedVersion"/>.</summary>
    /// <exception cref="StateConflictException">Another request wrote first.</exception>
    Task<long> SaveProfileAsync(ProfileOwner owner, UserProfile profile, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a household member to the account profile item's list and makes that item live at least until
    /// <paramref name="listedUntil"/>. Atomic per call and idempotent, without touching the item's version, so it
    /// never disturbs (nor is lost to) the account profile's conditional writes or a racing listing of another
    /// member. If the item is past its expiry, its profile value is dropped, so extending its life never brings an
    /// expired profile back.
    /// </summary>
    Task ListPersonAsync(string userKey, string personKey, DateTimeOffset listedUntil, CancellationToken cancellationToken);

    /// <summary>Deletes the account's state and profile and every household member's profile its profile item lists.</summary>
    Task DeleteUserAsync(string userKey, CancellationToken cancellationToken);
}

/// <summary>A conditional write lost a race; reload and re-apply.</summary>
public sealed class StateConflictException(string message) : Exception(message);

/// <summary>The store did not answer in time or failed; the turn answers politely and writes nothing.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
