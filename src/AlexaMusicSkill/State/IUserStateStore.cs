namespace AlexaMusicSkill.State;

/// <summary>
/// The state port: one consistent read of both items per turn, conditional writes on the version, deletion of
/// everything we hold for a user. Calls are bounded by the cancellation token (the invocation's remaining time).
/// Implementations: in memory (tests, simulator), file (local runs), DynamoDB (Lambda).
/// </summary>
public interface IUserStateStore
{
    Task<UserSnapshot> LoadAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Writes the state if the stored version is still <paramref name="expectedVersion"/>; returns the new version.</summary>
    /// <exception cref="StateConflictException">Another request wrote first.</exception>
    Task<long> SaveStateAsync(string userKey, DialogueState state, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <inheritdoc cref="SaveStateAsync"/>
    Task<long> SaveProfileAsync(string userKey, UserProfile profile, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task DeleteUserAsync(string userKey, CancellationToken cancellationToken);
}

/// <summary>A conditional write lost a race; reload and re-apply.</summary>
public sealed class StateConflictException(string message) : Exception(message);

/// <summary>The store did not answer in time or failed; the turn answers politely and writes nothing.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
