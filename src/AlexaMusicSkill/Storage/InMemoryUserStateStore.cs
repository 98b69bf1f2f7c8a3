using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Storage;

/// <summary>
/// The in-process store for tests and the simulator: same conditional-write and expiry semantics as DynamoDB,
/// no serialization (values are immutable records).
/// </summary>
public sealed class InMemoryUserStateStore(TimeProvider clock) : IUserStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (object Value, long Version, DateTimeOffset ExpiresAt)> _items = new(StringComparer.Ordinal);

    public int ItemCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public Task<UserSnapshot> LoadAsync(string userKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var (state, stateVersion) = Read<DialogueState>(StoredItemKeys.StateKey(userKey));
            var (profile, profileVersion) = Read<UserProfile>(StoredItemKeys.ProfileKey(userKey));
            return Task.FromResult(new UserSnapshot(userKey, state, stateVersion, profile ?? UserProfile.Empty, profileVersion));
        }
    }

    public Task<long> SaveStateAsync(string userKey, DialogueState state, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(Write(StoredItemKeys.StateKey(userKey), state, expectedVersion, expiresAt));

    public Task<long> SaveProfileAsync(string userKey, UserProfile profile, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(Write(StoredItemKeys.ProfileKey(userKey), profile, expectedVersion, expiresAt));

    public Task DeleteUserAsync(string userKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _items.Remove(StoredItemKeys.StateKey(userKey));
            _items.Remove(StoredItemKeys.ProfileKey(userKey));
        }

        return Task.CompletedTask;
    }

    private (T? Value, long Version) Read<T>(string key)
        where T : class
    {
        if (!_items.TryGetValue(key, out var item))
        {
            return (null, 0);
        }

        return item.ExpiresAt < clock.GetUtcNow() ? (null, item.Version) : ((T)item.Value, item.Version);
    }

    private long Write(string key, object value, long expectedVersion, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            var current = _items.TryGetValue(key, out var item) ? item.Version : 0;
            if (current != expectedVersion)
            {
                throw new StateConflictException($"{key} is at version {current}, not {expectedVersion}.");
            }

            _items[key] = (value, expectedVersion + 1, expiresAt);
            return expectedVersion + 1;
        }
    }
}
