using System.Collections.Immutable;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Storage;

/// <summary>
/// The in-process store for tests and the simulator: same conditional-write, expiry and household semantics as
/// DynamoDB, no serialization (values are immutable records). One lock makes every call atomic.
/// </summary>
public sealed class InMemoryUserStateStore(TimeProvider clock) : IUserStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredItem> _items = new(StringComparer.Ordinal);

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

    /// <summary>Every key held, for tests that check deletion left nothing behind.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_gate)
            {
                return [.. _items.Keys];
            }
        }
    }

    public Task<UserSnapshot> LoadAsync(ProfileOwner owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var (state, stateVersion) = Read<DialogueState>(StoredItemKeys.StateKey(owner.UserKey));
            var (profile, profileVersion) = Read<UserProfile>(StoredItemKeys.ProfileKey(owner));
            var snapshot = new UserSnapshot(owner.UserKey, state, stateVersion, profile ?? UserProfile.Empty, profileVersion);
            if (owner.PersonKey is not { } person)
            {
                return Task.FromResult(snapshot);
            }

            var accountKey = StoredItemKeys.ProfileKey(owner.UserKey);
            var (account, accountVersion) = Read<UserProfile>(accountKey);
            var listed = _items.TryGetValue(accountKey, out var item) && item.Persons.Contains(person);
            return Task.FromResult(snapshot with
            {
                PersonKey = person,
                AccountProfile = account ?? UserProfile.Empty,
                AccountProfileVersion = accountVersion,
                PersonListedUntil = listed ? item!.ExpiresAt : null,
            });
        }
    }

    public Task<long> SaveStateAsync(string userKey, DialogueState state, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(Write(StoredItemKeys.StateKey(userKey), state, expectedVersion, expiresAt));

    public Task<long> SaveProfileAsync(ProfileOwner owner, UserProfile profile, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(Write(StoredItemKeys.ProfileKey(owner), profile, expectedVersion, expiresAt));

    public Task ListPersonAsync(string userKey, string personKey, DateTimeOffset listedUntil, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = StoredItemKeys.ProfileKey(userKey);
            var item = _items.TryGetValue(key, out var found) ? found : new StoredItem(null, 0, listedUntil, []);
            if (item.ExpiresAt < clock.GetUtcNow())
            {
                item = item with { Value = null };
            }

            _items[key] = item with { Persons = item.Persons.Add(personKey), ExpiresAt = Later(item.ExpiresAt, listedUntil) };
        }

        return Task.CompletedTask;
    }

    public Task DeleteUserAsync(string userKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var accountKey = StoredItemKeys.ProfileKey(userKey);
            if (_items.TryGetValue(accountKey, out var account))
            {
                foreach (var person in account.Persons)
                {
                    _items.Remove(StoredItemKeys.PersonProfileKey(userKey, person));
                }
            }

            _items.Remove(StoredItemKeys.StateKey(userKey));
            _items.Remove(accountKey);
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

        return item.ExpiresAt < clock.GetUtcNow() ? (null, item.Version) : ((T?)item.Value, item.Version);
    }

    private long Write(string key, object value, long expectedVersion, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            var found = _items.TryGetValue(key, out var item);
            var current = found ? item!.Version : 0;
            if (current != expectedVersion)
            {
                throw new StateConflictException($"{key} is at version {current}, not {expectedVersion}.");
            }

            // A profile item's member list is not part of the versioned value: the write keeps it.
            _items[key] = new StoredItem(value, expectedVersion + 1, expiresAt, found ? item!.Persons : []);
            return expectedVersion + 1;
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>One item: its value (null for a listing without a profile yet), version, expiry and, on an account profile, its members.</summary>
    private sealed record StoredItem(object? Value, long Version, DateTimeOffset ExpiresAt, ImmutableHashSet<string> Persons);
}
