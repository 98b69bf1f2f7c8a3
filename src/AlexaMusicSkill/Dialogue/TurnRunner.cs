using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using static AlexaMusicSkill.Logging.EventLogExtensions;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// Runs one stateful turn: one read of both items, the pure turn logic, one conditional write (two when the profile
/// changes too). A lost race reloads and re-applies the logic to the newer state, so no update is lost. Records are
/// emitted only after the write succeeded. Everything is bounded by the token (the invocation's remaining time);
/// when storage is slow or down the caller gets <see cref="StorageUnavailableException"/> and nothing is half-written.
/// </summary>
internal sealed class TurnRunner(IUserStateStore store, IDecisionLog decisions, IEventLog log, TimeProvider clock)
{
    private static readonly JitteredBackoff Backoff = new(TimeSpan.FromMilliseconds(4), maxDoublings: 6);

    public async Task<TurnEffects> RunAsync(string userKey, Func<UserSnapshot, TurnEffects> logic, CancellationToken budget)
    {
        for (var attempt = 0; ; attempt++)
        {
            var snapshot = await store.LoadAsync(userKey, budget);
            var effects = logic(snapshot);

            if (effects.DeleteUser)
            {
                await store.DeleteUserAsync(userKey, budget);
                Emit(effects);
                return effects;
            }

            if (effects.NewState is { } state)
            {
                try
                {
                    await store.SaveStateAsync(userKey, state, snapshot.StateVersion, clock.GetUtcNow() + ItemLifetimes.State, budget);
                }
                catch (StateConflictException)
                {
                    // Someone else's turn landed first: wait a little (jittered) and re-apply to what they wrote.
                    await BackoffAsync(attempt, budget);
                    continue;
                }
            }

            if (effects.ProfileUpdate is { } update)
            {
                await SaveProfileAsync(userKey, snapshot, update, budget);
            }

            Emit(effects);
            return effects;
        }
    }

    /// <summary>Profile updates are functions: on a lost race they are re-applied to the newer profile, never dropped.</summary>
    private async Task SaveProfileAsync(string userKey, UserSnapshot snapshot, Func<UserProfile, UserProfile> update, CancellationToken budget)
    {
        var profile = snapshot.Profile;
        var version = snapshot.ProfileVersion;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await store.SaveProfileAsync(userKey, update(profile), version, clock.GetUtcNow() + ItemLifetimes.Profile, budget);
                return;
            }
            catch (StateConflictException)
            {
                await BackoffAsync(attempt, budget);
                var fresh = await store.LoadAsync(userKey, budget);
                (profile, version) = (fresh.Profile, fresh.ProfileVersion);
            }
        }
    }

    private void Emit(TurnEffects effects)
    {
        foreach (var record in effects.Records)
        {
            decisions.Append(record);
        }
    }

    private async Task BackoffAsync(int attempt, CancellationToken budget)
    {
        if (attempt > 0 && attempt % 50 == 0)
        {
            log.Warn("state write keeps losing races", Field("attempts", attempt));
        }

        try
        {
            await Backoff.WaitAsync(attempt, clock, budget);
        }
        catch (OperationCanceledException e)
        {
            throw new StorageUnavailableException("Could not save the turn before the deadline (too many concurrent updates).", e);
        }
    }
}
