using System.Text;
using System.Text.Json;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Storage;

/// <summary>
/// The embedded default for local runs: one small JSON file per item in a folder, so state survives restarts.
/// Every call holds a lock file (safe across processes) and writes replace files atomically (write, then rename).
/// An account profile file carries its household members' keys next to the value (<c>persons</c>).
/// </summary>
public sealed class FileUserStateStore : IUserStateStore
{
    private readonly string _folder;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public FileUserStateStore(string folder, TimeProvider clock)
    {
        _folder = folder;
        _clock = clock;
        Directory.CreateDirectory(folder);
    }

    public async Task<UserSnapshot> LoadAsync(ProfileOwner owner, CancellationToken cancellationToken)
    {
        // Files are replaced by rename, so each read sees one whole write; holding the lock makes the items one read.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await AcquireFileLockAsync(cancellationToken);
            var state = await ReadAsync(StoredItemKeys.StateKey(owner.UserKey), cancellationToken);
            var profile = await ReadAsync(StoredItemKeys.ProfileKey(owner), cancellationToken);
            var snapshot = new UserSnapshot(
                owner.UserKey,
                state.Json is null ? null : JsonSerializer.Deserialize(state.Json, StateJsonContext.Default.DialogueState),
                state.Version,
                ProfileOf(profile.Json),
                profile.Version);
            if (owner.PersonKey is not { } person)
            {
                return snapshot;
            }

            var account = await ReadAsync(StoredItemKeys.ProfileKey(owner.UserKey), cancellationToken);
            return snapshot with
            {
                PersonKey = person,
                AccountProfile = ProfileOf(account.Json),
                AccountProfileVersion = account.Version,
                PersonListedUntil = account.Persons.Contains(person) ? account.ExpiresAt : null,
            };
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task<long> SaveStateAsync(string userKey, DialogueState state, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        WriteAsync(StoredItemKeys.StateKey(userKey), JsonSerializer.Serialize(state, StateJsonContext.Default.DialogueState), expectedVersion, expiresAt, cancellationToken);

    public Task<long> SaveProfileAsync(ProfileOwner owner, UserProfile profile, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        WriteAsync(StoredItemKeys.ProfileKey(owner), JsonSerializer.Serialize(profile, StateJsonContext.Default.UserProfile), expectedVersion, expiresAt, cancellationToken);

    public async Task ListPersonAsync(string userKey, string personKey, DateTimeOffset listedUntil, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await AcquireFileLockAsync(cancellationToken);
            var key = StoredItemKeys.ProfileKey(userKey);
            var item = await ReadRawAsync(key, cancellationToken);
            var now = _clock.GetUtcNow().ToUnixTimeSeconds();
            var value = item is null || item.ExpiresAt < now ? null : item.Json;
            var expiresAt = Math.Max(item?.ExpiresAt ?? 0, listedUntil.ToUnixTimeSeconds());
            await ReplaceAsync(key, item?.Version ?? 0, expiresAt, value, new HashSet<string>(item?.Persons ?? EmptyPersons, StringComparer.Ordinal) { personKey }, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DeleteUserAsync(string userKey, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await AcquireFileLockAsync(cancellationToken);
            var account = await ReadRawAsync(StoredItemKeys.ProfileKey(userKey), cancellationToken);
            foreach (var person in account?.Persons ?? EmptyPersons)
            {
                File.Delete(PathFor(StoredItemKeys.PersonProfileKey(userKey, person)));
            }

            // The list goes last, so a deletion cut short can be repeated and still find every member.
            File.Delete(PathFor(StoredItemKeys.StateKey(userKey)));
            File.Delete(PathFor(StoredItemKeys.ProfileKey(userKey)));
        }
        finally
        {
            _gate.Release();
        }
    }

    private static UserProfile ProfileOf(string? json) =>
        json is null ? UserProfile.Empty : JsonSerializer.Deserialize(json, StateJsonContext.Default.UserProfile) ?? UserProfile.Empty;

    /// <summary>An item as read: null value when expired or when the item is only a member listing.</summary>
    private async Task<(string? Json, long Version, DateTimeOffset ExpiresAt, IReadOnlySet<string> Persons)> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var item = await ReadRawAsync(key, cancellationToken);
        if (item is null)
        {
            return (null, 0, default, EmptyPersons);
        }

        var expired = item.ExpiresAt < _clock.GetUtcNow().ToUnixTimeSeconds();
        return (expired ? null : item.Json, item.Version, DateTimeOffset.FromUnixTimeSeconds(item.ExpiresAt), item.Persons);
    }

    private async Task<FileItem?> ReadRawAsync(string key, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(PathFor(key), cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var persons = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty(StoredItemKeys.PersonsAttribute, out var list))
        {
            foreach (var person in list.EnumerateArray())
            {
                persons.Add(person.GetString()!);
            }
        }

        return new FileItem(
            root.GetProperty(StoredItemKeys.Version).GetInt64(),
            root.GetProperty(StoredItemKeys.ExpiresAt).GetInt64(),
            root.GetProperty("value").GetString(),
            persons);
    }

    private async Task<long> WriteAsync(string key, string json, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await AcquireFileLockAsync(cancellationToken);
            var item = await ReadRawAsync(key, cancellationToken);
            var current = item?.Version ?? 0;
            if (current != expectedVersion)
            {
                throw new StateConflictException($"{key} is at version {current}, not {expectedVersion}.");
            }

            // A profile item's member list is not part of the versioned value: the write keeps it.
            await ReplaceAsync(key, expectedVersion + 1, expiresAt.ToUnixTimeSeconds(), json, item?.Persons ?? EmptyPersons, cancellationToken);
            return expectedVersion + 1;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes the whole item to a temporary file, then renames it over the old one (readers see one or the other).</summary>
    private async Task ReplaceAsync(string key, long version, long expiresAt, string? json, IReadOnlyCollection<string> persons, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp))
        await using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber(StoredItemKeys.Version, version);
            writer.WriteNumber(StoredItemKeys.ExpiresAt, expiresAt);
            if (json is null)
            {
                writer.WriteNull("value");
            }
            else
            {
                writer.WriteString("value", json);
            }

            if (persons.Count > 0)
            {
                writer.WriteStartArray(StoredItemKeys.PersonsAttribute);
                foreach (var person in persons.Order(StringComparer.Ordinal))
                {
                    writer.WriteStringValue(person);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken);
        }

        File.Move(temp, path, overwrite: true);
    }

    private async Task<FileStream> AcquireFileLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_folder, ".lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(5, cancellationToken);
            }
        }
    }

    private static readonly IReadOnlySet<string> EmptyPersons = new HashSet<string>();

    private string PathFor(string key)
    {
        // Keys are "state#<hex>" / "profile#<hex>" / "profile#<hex>#<hex>": safe characters once '#' is replaced.
        var name = new StringBuilder(key.Length + 5);
        foreach (var c in key)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return Path.Combine(_folder, name.Append(".json").ToString());
    }

    private sealed record FileItem(long Version, long ExpiresAt, string? Json, IReadOnlySet<string> Persons);
}
