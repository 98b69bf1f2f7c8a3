using System.Globalization;
using AlexaMusicSkill.State;
using Microsoft.Extensions.Time.Testing;

namespace AlexaMusicSkill.Tests.Storage;

/// <summary>
/// What every store must do for household members (<c>contracts.md</c>, State): separate profiles per member, the
/// account's profile item listing every member without disturbing its versioned writes, and deletion that finds them
/// all. Run against each store by the subclasses.
/// </summary>
public abstract class HouseholdProfilesContract
{
    protected const string Account = "acct0123";
    protected const string OtherAccount = "other4567";

    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.Parse("2026-11-25T12:00:00Z", CultureInfo.InvariantCulture));

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    private DateTimeOffset Later => Clock.GetUtcNow() + ItemLifetimes.Profile;

    /// <summary>A fresh, empty store (its own table or folder).</summary>
    protected abstract Task<IUserStateStore> NewStoreAsync();

    /// <summary>Another instance over the last new store's items, as a second Lambda instance or process would be.</summary>
    protected abstract IUserStateStore AnotherInstance();

    /// <summary>Every item key the last new store holds, as stored (the file store replaces '#' in file names).</summary>
    protected abstract Task<IReadOnlyList<string>> StoredKeysAsync();

    [Fact]
    public async Task TwoMembers_KeepSeparateHistoriesAndRejections_NextToTheAccountsOwn()
    {
        var store = await NewStoreAsync();
        var anna = new ProfileOwner(Account, "anna");
        var ben = new ProfileOwner(Account, "ben");

        await store.SaveProfileAsync(anna, new UserProfile { Liked = ["t1"], Rejected = ["a:x"] }, 0, Later, Token);
        await store.SaveProfileAsync(ben, new UserProfile { Liked = ["t2"], Rejected = ["a:y"], Conversations = 3 }, 0, Later, Token);
        await store.SaveProfileAsync(ProfileOwner.Account(Account), new UserProfile { Liked = ["t3"] }, 0, Later, Token);
        await store.SaveStateAsync(Account, new DialogueState { ConversationId = "c" }, 0, Later, Token);
        var forAnna = await store.LoadAsync(anna, Token);
        var forBen = await store.LoadAsync(ben, Token);
        var forAccount = await store.LoadAsync(ProfileOwner.Account(Account), Token);

        Assert.Equal(("t1", "a:x", 1L, "anna"), (Only(forAnna.Profile.Liked), Only(forAnna.Profile.Rejected), forAnna.ProfileVersion, forAnna.PersonKey));
        Assert.Equal(("t2", "a:y", 3), (Only(forBen.Profile.Liked), Only(forBen.Profile.Rejected), forBen.Profile.Conversations));
        Assert.Equal(("t3", 1L), (Only(forAccount.Profile.Liked), forAccount.ProfileVersion));
        Assert.Null(forAccount.PersonKey);
        // The account's state and own profile come along in the member's read (one conversation per device).
        Assert.All([forAnna, forBen], s => Assert.Equal(("c", "t3", 1L), (s.State!.ConversationId, Only(s.AccountProfile.Liked), s.AccountProfileVersion)));
    }

    [Fact]
    public async Task ListPerson_ListsEachMemberOnTheAccountItem_UntilTheGivenTime()
    {
        var store = await NewStoreAsync();
        var until = Later + ItemLifetimes.PersonListingLead;

        Assert.Null((await store.LoadAsync(new ProfileOwner(Account, "anna"), Token)).PersonListedUntil);
        await store.ListPersonAsync(Account, "anna", until, Token);
        await store.ListPersonAsync(Account, "ben", until, Token);
        await store.ListPersonAsync(Account, "anna", until, Token); // idempotent

        Assert.Equal(until, (await store.LoadAsync(new ProfileOwner(Account, "anna"), Token)).PersonListedUntil);
        Assert.Equal(until, (await store.LoadAsync(new ProfileOwner(Account, "ben"), Token)).PersonListedUntil);
        Assert.Null((await store.LoadAsync(new ProfileOwner(Account, "carl"), Token)).PersonListedUntil);
        Assert.Null((await store.LoadAsync(new ProfileOwner(OtherAccount, "anna"), Token)).PersonListedUntil);
    }

    [Fact]
    public async Task ListPerson_DoesNotDisturbTheAccountProfilesVersionedWrites()
    {
        var store = await NewStoreAsync();
        var account = ProfileOwner.Account(Account);

        // Listed before the account's profile was ever written: the profile is still absent at version 0.
        await store.ListPersonAsync(Account, "anna", Later, Token);
        var before = await store.LoadAsync(account, Token);
        Assert.Equal((UserProfile.Empty, 0L), (before.Profile, before.ProfileVersion));

        Assert.Equal(1, await store.SaveProfileAsync(account, new UserProfile { Liked = ["t1"] }, 0, Later, Token));
        await store.ListPersonAsync(Account, "ben", Later, Token);
        Assert.Equal(2, await store.SaveProfileAsync(account, new UserProfile { Liked = ["t2"] }, 1, Later, Token));
        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveProfileAsync(account, new UserProfile(), 1, Later, Token));

        var after = await store.LoadAsync(account, Token);
        Assert.Equal(("t2", 2L), (Only(after.Profile.Liked), after.ProfileVersion));
        Assert.NotNull((await store.LoadAsync(new ProfileOwner(Account, "anna"), Token)).PersonListedUntil);
        Assert.NotNull((await store.LoadAsync(new ProfileOwner(Account, "ben"), Token)).PersonListedUntil);
    }

    [Fact]
    public async Task RacingListingsAndAccountWrites_FromSeparateInstances_LoseNeitherMembersNorUpdates()
    {
        await NewStoreAsync();
        const int Members = 16;
        const int AccountUpdates = 16;

        var listings = Enumerable.Range(0, Members).Select(i => Task.Run(
            () => AnotherInstance().ListPersonAsync(Account, $"member{i:D2}", Later, Token), Token));
        var updates = Enumerable.Range(0, AccountUpdates).Select(_ => Task.Run(() => IncrementConversationsAsync(AnotherInstance()), Token));
        await Task.WhenAll(listings.Concat(updates));

        var store = AnotherInstance();
        for (var i = 0; i < Members; i++)
        {
            Assert.NotNull((await store.LoadAsync(new ProfileOwner(Account, $"member{i:D2}"), Token)).PersonListedUntil);
        }

        Assert.Equal(AccountUpdates, (await store.LoadAsync(ProfileOwner.Account(Account), Token)).Profile.Conversations);
    }

    [Fact]
    public async Task ListPerson_OnAnExpiredAccountItem_ExtendsItsLifeWithoutBringingItsProfileBack()
    {
        var store = await NewStoreAsync();
        var account = ProfileOwner.Account(Account);
        await store.SaveProfileAsync(account, new UserProfile { Liked = ["old"] }, 0, Clock.GetUtcNow().AddMinutes(5), Token);
        Clock.Advance(TimeSpan.FromMinutes(10));

        await store.ListPersonAsync(Account, "anna", Later, Token);
        var snapshot = await store.LoadAsync(account, Token);

        Assert.Equal((UserProfile.Empty, 1L), (snapshot.Profile, snapshot.ProfileVersion));
        Assert.Equal(Later, (await store.LoadAsync(new ProfileOwner(Account, "anna"), Token)).PersonListedUntil);
        Assert.Equal(2, await store.SaveProfileAsync(account, new UserProfile { Liked = ["new"] }, 1, Later, Token));
    }

    [Fact]
    public async Task ListPerson_NeverShortensTheListingsLife()
    {
        var store = await NewStoreAsync();
        var longer = Later + TimeSpan.FromDays(10);

        await store.ListPersonAsync(Account, "anna", longer, Token);
        await store.ListPersonAsync(Account, "ben", Later, Token);

        Assert.Equal(longer, (await store.LoadAsync(new ProfileOwner(Account, "anna"), Token)).PersonListedUntil);
        Assert.Equal(longer, (await store.LoadAsync(new ProfileOwner(Account, "ben"), Token)).PersonListedUntil);
    }

    [Fact]
    public async Task DeleteUser_RemovesStateAccountProfileAndEveryListedMember_AndNothingOfAnotherAccount()
    {
        var store = await NewStoreAsync();
        await store.SaveStateAsync(OtherAccount, new DialogueState { ConversationId = "o" }, 0, Later, Token);
        await store.ListPersonAsync(OtherAccount, "zoe", Later, Token);
        await store.SaveProfileAsync(new ProfileOwner(OtherAccount, "zoe"), new UserProfile(), 0, Later, Token);
        await store.SaveStateAsync(Account, new DialogueState { ConversationId = "c" }, 0, Later, Token);
        await store.SaveProfileAsync(ProfileOwner.Account(Account), new UserProfile { Liked = ["t"] }, 0, Later, Token);
        // More members than one BatchWriteItem takes (25).
        for (var i = 0; i < 30; i++)
        {
            await store.ListPersonAsync(Account, $"member{i:D2}", Later, Token);
            await store.SaveProfileAsync(new ProfileOwner(Account, $"member{i:D2}"), new UserProfile { Liked = [$"t{i}"] }, 0, Later, Token);
        }

        Assert.Equal(32, (await StoredKeysAsync()).Count(k => k.Contains(Account, StringComparison.Ordinal)));
        await store.DeleteUserAsync(Account, Token);
        var left = await StoredKeysAsync();

        Assert.DoesNotContain(left, k => k.Contains(Account, StringComparison.Ordinal));
        Assert.Equal(3, left.Count(k => k.Contains(OtherAccount, StringComparison.Ordinal)));
        var member = await store.LoadAsync(new ProfileOwner(Account, "member07"), Token);
        Assert.Equal((UserProfile.Empty, 0L, null), (member.Profile, member.ProfileVersion, member.PersonListedUntil));
    }

    [Fact]
    public async Task DeleteUser_OfAHouseholdWhoseAccountProfileIsOnlyAListing_RemovesEverything()
    {
        var store = await NewStoreAsync();
        await store.ListPersonAsync(Account, "anna", Later, Token);
        await store.SaveProfileAsync(new ProfileOwner(Account, "anna"), new UserProfile { Liked = ["t"] }, 0, Later, Token);

        await store.DeleteUserAsync(Account, Token);

        Assert.Empty(await StoredKeysAsync());
    }

    private static string Only(IReadOnlyList<string> list) => Assert.Single(list);

    /// <summary>One account-profile update the way the turn runner makes it: read, change, conditional write, retry on a lost race.</summary>
    private async Task IncrementConversationsAsync(IUserStateStore store)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var snapshot = await store.LoadAsync(ProfileOwner.Account(Account), Token);
            try
            {
                await store.SaveProfileAsync(ProfileOwner.Account(Account), snapshot.Profile with { Conversations = snapshot.Profile.Conversations + 1 },
                    snapshot.ProfileVersion, Later, Token);
                return;
            }
            catch (StateConflictException)
            {
                await Task.Delay(1 + (attempt % 4), Token);
            }
        }

        throw new TimeoutException("the account profile update kept losing races");
    }
}
