using System.Text;
using System.Text.Json;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Storage;

/// <summary>
/// The embedded default for local runs: one small JSON file per item in a folder, so state survives restarts.
/// Conditional writes hold a lock file (safe across processes) and replace files atomically (write, then rename).
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

    public async Task<UserSnapshot> LoadAsync(string userKey, CancellationToken cancellationToken)
    {
        var (stateJson, stateVersion) = await ReadAsync(StoredItemKeys.StateKey(userKey), cancellationToken);
        var (profileJson, profileVersion) = await ReadAsync(StoredItemKeys.ProfileKey(userKey), cancellationToken);
        var state = stateJson is null ? null : JsonSerializer.Deserialize(stateJson, StateJsonContext.Default.DialogueState);
        var profile = profileJson is null ? null : JsonSerializer.Deserialize(profileJson, StateJsonContext.Default.UserProfile);
        return new UserSnapshot(userKey, state, stateVersion, profile ?? UserProfile.Empty, profileVersion);
    }

    public Task<long> SaveStateAsync(string userKey, DialogueState state, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        WriteAsync(StoredItemKeys.StateKey(userKey), JsonSerializer.Serialize(state, StateJsonContext.Default.DialogueState), expectedVersion, expiresAt, cancellationToken);

    public Task<long> SaveProfileAsync(string userKey, UserProfile profile, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        WriteAsync(StoredItemKeys.ProfileKey(userKey), JsonSerializer.Serialize(profile, StateJsonContext.Default.UserProfile), expectedVersion, expiresAt, cancellationToken);

    public async Task DeleteUserAsync(string userKey, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await AcquireFileLockAsync(cancellationToken);
            File.Delete(PathFor(StoredItemKeys.StateKey(userKey)));
            File.Delete(PathFor(StoredItemKeys.ProfileKey(userKey)));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string? Json, long Version)> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        if (!File.Exists(path))
        {
            return (null, 0);
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return (null, 0);
        }

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var version = root.GetProperty(StoredItemKeys.Version).GetInt64();
        var expiresAt = root.GetProperty(StoredItemKeys.ExpiresAt).GetInt64();
        if (expiresAt < _clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return (null, version);
        }

        return (root.GetProperty("value").GetString(), version);
    }

    private async Task<long> WriteAsync(string key, string json, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await AcquireFileLockAsync(cancellationToken);
            var path = PathFor(key);
            long current = 0;
            if (File.Exists(path))
            {
                using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path, cancellationToken));
                current = document.RootElement.GetProperty(StoredItemKeys.Version).GetInt64();
            }

            if (current != expectedVersion)
            {
                throw new StateConflictException($"{key} is at version {current}, not {expectedVersion}.");
            }

            var temp = path + ".tmp";
            await using (var stream = File.Create(temp))
            await using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteNumber(StoredItemKeys.Version, expectedVersion + 1);
                writer.WriteNumber(StoredItemKeys.ExpiresAt, expiresAt.ToUnixTimeSeconds());
                writer.WriteString("value", json);
                writer.WriteEndObject();
            }

            File.Move(temp, path, overwrite: true);
            return expectedVersion + 1;
        }
        finally
        {
            _gate.Release();
        }
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

    private string PathFor(string key)
    {
        // Keys are "state#<hex>" / "profile#<hex>": safe characters once '#' is replaced.
        var name = new StringBuilder(key.Length + 5);
        foreach (var c in key)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return Path.Combine(_folder, name.Append(".json").ToString());
    }
}
