using System.Globalization;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.TestSupport;
using Amazon.DynamoDBv2.Model;

namespace AlexaMusicSkill.Tests.Storage;

/// <summary>The household contract against a real DynamoDB-API server (dynalite), each "instance" with its own client.</summary>
public sealed class DynamoDbHouseholdProfilesTests(DynaliteFixture dynalite) : HouseholdProfilesContract
{
    private string? _table;

    protected override async Task<IUserStateStore> NewStoreAsync()
    {
        _table = await dynalite.Server.CreateStateTableAsync();
        return AnotherInstance();
    }

    protected override IUserStateStore AnotherInstance() => new DynamoDbUserStateStore(dynalite.Server.CreateClient(), _table!, Clock);

    protected override async Task<IReadOnlyList<string>> StoredKeysAsync()
    {
        using var client = dynalite.Server.CreateClient();
        var keys = new List<string>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest { TableName = _table, ExclusiveStartKey = start, ConsistentRead = true }, Token);
            keys.AddRange(page.Items.Select(i => i[StoredItemKeys.PartitionKey].S));
            start = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (start is not null);

        return keys;
    }

    [Fact]
    public async Task Items_AreLaidOutAsTheContractSays_MembersAsAStringSetOnTheAccountProfileItem()
    {
        var store = await NewStoreAsync();
        var until = DateTimeOffset.Parse("2028-01-01T00:00:00Z", CultureInfo.InvariantCulture);
        await store.ListPersonAsync(Account, "anna", until, Token);
        await store.ListPersonAsync(Account, "ben", until, Token);
        await store.SaveProfileAsync(new ProfileOwner(Account, "anna"), new UserProfile { Liked = ["t1"] }, 0, Clock.GetUtcNow().AddDays(1), Token);
        await store.SaveProfileAsync(ProfileOwner.Account(Account), new UserProfile { Liked = ["t2"] }, 0, Clock.GetUtcNow().AddDays(1), Token);
        using var client = dynalite.Server.CreateClient();

        var account = (await client.GetItemAsync(_table, new() { ["pk"] = new() { S = $"profile#{Account}" } }, Token)).Item;
        var anna = (await client.GetItemAsync(_table, new() { ["pk"] = new() { S = $"profile#{Account}#anna" } }, Token)).Item;

        Assert.Equal(["anna", "ben"], account["persons"].SS.Order(StringComparer.Ordinal));
        Assert.Equal("1", account["version"].N);
        Assert.Contains("\"t2\"", account["profile"].S, StringComparison.Ordinal);
        // The account profile's own write sets the item's life as ever; a member's next read sees the shorter listing,
        // so their next write lists them again before it could outlive the list.
        var accountExpiry = Clock.GetUtcNow().AddDays(1);
        Assert.Equal(accountExpiry.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), account["expiresAt"].N);
        Assert.Equal(accountExpiry, (await store.LoadAsync(new ProfileOwner(Account, "anna"), Token)).PersonListedUntil);
        Assert.Equal(("1", false), (anna["version"].N, anna.ContainsKey("persons")));
        Assert.Contains("\"t1\"", anna["profile"].S, StringComparison.Ordinal);
    }
}
