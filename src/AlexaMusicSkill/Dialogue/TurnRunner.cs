using AlexaMusicSkill.Logging;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using static AlexaMusicSkill.Logging.EventLogExtensions;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// Runs one stateful turn: one read of the turn's items (the account's state, the owner's profile: the account's or a
/// recognized household member's), the pure turn logic, one conditional write (two when the profile changes too,
/// three when a member's turn also moves the device's playback). A lost race reloads and re-applies the logic to the
/// newer state, so no update is lost. Records are emitted only after the write succeeded. Everything is bounded by the token (the invocation's remaining time);
/// when storage is slow or down the caller gets <see cref="StorageUnavailableException"/> and nothing is half-written.
/// </summary>
internal sealed class TurnRunner(IUserStateStore store, IDecisionLog decisions, IEventLog log, TimeProvider clock)
{
    private static readonly JitteredBackoff Backoff = new(TimeSpan.FromMilliseconds(4), maxDoublings: 6);

    public async Task<TurnEffects> RunAsync(ProfileOwner owner, Func<UserSnapshot, TurnEffects> logic, CancellationToken budget)
    {
        for (var attempt = 0; ; attempt++)
        {
            var snapshot = await store.LoadAsync(owner, budget);
            var effects = logic(ForTurn(snapshot));

            if (effects.DeleteUser)
            {
                await store.DeleteUserAsync(owner.UserKey, budget);
                Emit(effects, owner);
                return effects;
            }

            if (effects.NewState is { } state)
            {
                try
                {
                    await store.SaveStateAsync(owner.UserKey, state, snapshot.StateVersion, clock.GetUtcNow() + ItemLifetimes.State, budget);
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
                await SaveProfileAsync(snapshot, update, budget);
            }

            Emit(effects, owner);
            return effects;
        }
    }

    /// <summary>
    /// What the turn logic sees. A household member's profile carries the account's playback: playback is the
    /// device's (one player per device, like the dialogue state), and AudioPlayer events, which nobody speaks, arrive
    /// without a person and find it on the account item.
    /// </summary>
    private static UserSnapshot ForTurn(UserSnapshot snapshot) => snapshot.PersonKey is null
        ? snapshot
        : snapshot with { Profile = snapshot.Profile with { Playback = snapshot.AccountProfile.Playback } };

    /// <summary>
    /// Profile updates are functions: on a lost race they are re-applied to the newer profile, never dropped. A
    /// member's update is split: their history to their item (listed on the account item first, so deletion can always
    /// find it), the playback to the account item, written only when it changed.
    /// </summary>
    private async Task SaveProfileAsync(UserSnapshot snapshot, Func<UserProfile, UserProfile> update, CancellationToken budget)
    {
        var owner = snapshot.Owner;
        var memberWritten = false;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var expiresAt = clock.GetUtcNow() + ItemLifetimes.Profile;
                var updated = update(ForTurn(snapshot).Profile);
                if (owner.PersonKey is not { } person)
                {
                    await store.SaveProfileAsync(owner, updated, snapshot.ProfileVersion, expiresAt, budget);
                    return;
                }

                if (!memberWritten)
                {
                    if (snapshot.PersonListedUntil is not { } listedUntil || listedUntil < expiresAt)
                    {
                        await store.ListPersonAsync(owner.UserKey, person, expiresAt + ItemLifetimes.PersonListingLead, budget);
                    }

                    await store.SaveProfileAsync(owner, updated with { Playback = null }, snapshot.ProfileVersion, expiresAt, budget);
                    memberWritten = true;
                }

                if (!Equals(updated.Playback, snapshot.AccountProfile.Playback))
                {
                    await store.SaveProfileAsync(ProfileOwner.Account(owner.UserKey), snapshot.AccountProfile with { Playback = updated.Playback },
                        snapshot.AccountProfileVersion, expiresAt, budget);
                }

                return;
            }
            catch (StateConflictException)
            {
                // Once the member's item is written, a retry only redoes the playback, from the fresh items.
                await BackoffAsync(attempt, budget);
                snapshot = await store.LoadAsync(owner, budget);
            }
        }
    }

    /// <summary>Records leave after the write, each with the household member's key when there is one.</summary>
    private void Emit(TurnEffects effects, ProfileOwner owner)
    {
        foreach (var record in effects.Records)
        {
            decisions.Append(owner.PersonKey is { } person && record.PersonKey is null ? record with { PersonKey = person } : record);
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
