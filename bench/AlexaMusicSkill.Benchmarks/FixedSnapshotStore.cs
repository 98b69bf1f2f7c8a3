using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>
/// An in-memory store that always returns the same snapshot and accepts every write: each benchmarked invocation
/// is the same steady-state turn (the budgets measure the turn's own work, stores in memory).
/// </summary>
internal sealed class FixedSnapshotStore(UserSnapshot snapshot) : IUserStateStore
{
    public Task<UserSnapshot> LoadAsync(ProfileOwner owner, CancellationToken cancellationToken) => Task.FromResult(snapshot);

    public Task<long> SaveStateAsync(string userKey, DialogueState state, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(expectedVersion + 1);

    public Task<long> SaveProfileAsync(ProfileOwner owner, UserProfile profile, long expectedVersion, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(expectedVersion + 1);

    public Task ListPersonAsync(string userKey, string personKey, DateTimeOffset listedUntil, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteUserAsync(string userKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
