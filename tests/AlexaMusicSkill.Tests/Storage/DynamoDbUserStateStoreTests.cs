using AlexaMusicSkill.State;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace AlexaMusicSkill.Tests.Storage;

/// <summary>The DynamoDB store against a real DynamoDB-API server (dynalite).</summary>
public sealed class DynamoDbUserStateStoreTests(DynaliteFixture dynalite)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-25T12:00:00Z"));
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_UnknownUser_ReturnsEmptySnapshotAtVersionZero()
    {
        var store = await CreateStoreAsync();

        var snapshot = await store.LoadAsync(ProfileOwner.Account("nobody"), Token);

        Assert.Null(snapshot.State);
        Assert.Equal(0, snapshot.StateVersion);
        Assert.Equal(UserProfile.Empty, snapshot.Profile);
    }

    [Fact]
    public async Task SaveThenLoad_RoundTripsStateAndProfileWithVersions()
    {
        var store = await CreateStoreAsync();
        var state = new DialogueState { ConversationId = "c1", Turn = 3, Rejected = ["t1", "a:x"] };
        var profile = new UserProfile { Liked = ["t9"], Conversations = 2 };

        Assert.Equal(1, await store.SaveStateAsync("u", state, 0, _clock.GetUtcNow().AddDays(1), Token));
        Assert.Equal(1, await store.SaveProfileAsync(ProfileOwner.Account("u"), profile, 0, _clock.GetUtcNow().AddDays(1), Token));
        Assert.Equal(2, await store.SaveStateAsync("u", state with { Turn = 4 }, 1, _clock.GetUtcNow().AddDays(1), Token));
        var snapshot = await store.LoadAsync(ProfileOwner.Account("u"), Token);

        Assert.Equal(4, snapshot.State!.Turn);
        Assert.Equal(["t1", "a:x"], snapshot.State.Rejected);
        Assert.Equal(2, snapshot.StateVersion);
        Assert.Equal(["t9"], snapshot.Profile.Liked);
        Assert.Equal(1, snapshot.ProfileVersion);
    }

    [Fact]
    public async Task SaveStateAsync_StaleVersion_ThrowsConflictAndKeepsTheNewerItem()
    {
        var store = await CreateStoreAsync();
        await store.SaveStateAsync("u", new DialogueState { ConversationId = "first" }, 0, _clock.GetUtcNow().AddDays(1), Token);

        await Assert.ThrowsAsync<StateConflictException>(() =>
            store.SaveStateAsync("u", new DialogueState { ConversationId = "lost" }, 0, _clock.GetUtcNow().AddDays(1), Token));

        Assert.Equal("first", (await store.LoadAsync(ProfileOwner.Account("u"), Token)).State!.ConversationId);
    }

    [Fact]
    public async Task LoadAsync_ItemPastExpiresAt_ReadsAsAbsentButKeepsItsVersion()
    {
        var store = await CreateStoreAsync();
        await store.SaveStateAsync("u", new DialogueState { ConversationId = "old" }, 0, _clock.GetUtcNow().AddMinutes(5), Token);
        _clock.Advance(TimeSpan.FromMinutes(10));

        var snapshot = await store.LoadAsync(ProfileOwner.Account("u"), Token);

        Assert.Null(snapshot.State);
        Assert.Equal(1, snapshot.StateVersion);
        Assert.Equal(2, await store.SaveStateAsync("u", new DialogueState { ConversationId = "new" }, snapshot.StateVersion, _clock.GetUtcNow().AddDays(1), Token));
    }

    [Fact]
    public async Task DeleteUserAsync_RemovesStateAndProfile()
    {
        var store = await CreateStoreAsync();
        await store.SaveStateAsync("u", new DialogueState { ConversationId = "c" }, 0, _clock.GetUtcNow().AddDays(1), Token);
        await store.SaveProfileAsync(ProfileOwner.Account("u"), new UserProfile { Liked = ["t"] }, 0, _clock.GetUtcNow().AddDays(1), Token);

        await store.DeleteUserAsync("u", Token);
        var snapshot = await store.LoadAsync(ProfileOwner.Account("u"), Token);

        Assert.Null(snapshot.State);
        Assert.Equal(0, snapshot.StateVersion);
        Assert.Equal(0, snapshot.ProfileVersion);
    }

    [Fact]
    public async Task Items_AreLaidOutAsTheContractSays()
    {
        var table = await dynalite.Server.CreateStateTableAsync();
        using var client = dynalite.Server.CreateClient();
        var store = new DynamoDbUserStateStore(client, table, _clock);
        await store.SaveStateAsync("abc", new DialogueState { ConversationId = "c" }, 0, _clock.GetUtcNow().AddDays(1), Token);

        var item = (await client.GetItemAsync(table, new() { ["pk"] = new() { S = "state#abc" } }, Token)).Item;

        Assert.Equal("1", item["version"].N);
        Assert.Equal(_clock.GetUtcNow().AddDays(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), item["expiresAt"].N);
        Assert.Contains("\"conversationId\":\"c\"", item["state"].S);
    }

    private async Task<DynamoDbUserStateStore> CreateStoreAsync()
    {
        var table = await dynalite.Server.CreateStateTableAsync();
        return new DynamoDbUserStateStore(dynalite.Server.CreateClient(), table, _clock);
    }
}
