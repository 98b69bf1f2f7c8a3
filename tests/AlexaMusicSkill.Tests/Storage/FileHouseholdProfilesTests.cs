using AlexaMusicSkill.State;
using AlexaMusicSkill.Storage;

namespace AlexaMusicSkill.Tests.Storage;

public sealed class FileHouseholdProfilesTests : HouseholdProfilesContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "household-" + Guid.NewGuid().ToString("N"));

    protected override Task<IUserStateStore> NewStoreAsync() => Task.FromResult<IUserStateStore>(new FileUserStateStore(_folder, Clock));

    // A separate instance shares only the folder and its lock file, as a second process would.
    protected override IUserStateStore AnotherInstance() => new FileUserStateStore(_folder, Clock);

    protected override Task<IReadOnlyList<string>> StoredKeysAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. Directory.GetFiles(_folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>()]);

    [Fact]
    public async Task AccountProfileFile_ListsTheMembers_AndAMembersFileHoldsOnlyTheirProfile()
    {
        var store = await NewStoreAsync();
        await store.ListPersonAsync(Account, "anna", DateTimeOffset.Parse("2027-12-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), Token);
        await store.SaveProfileAsync(new ProfileOwner(Account, "anna"), new UserProfile { Liked = ["t1"] }, 0, Clock.GetUtcNow().AddDays(1), Token);
        await store.SaveProfileAsync(ProfileOwner.Account(Account), new UserProfile { Liked = ["t2"] }, 0, Clock.GetUtcNow().AddDays(1), Token);

        var account = await File.ReadAllTextAsync(Path.Combine(_folder, $"profile-{Account}.json"), Token);
        var anna = await File.ReadAllTextAsync(Path.Combine(_folder, $"profile-{Account}-anna.json"), Token);

        Assert.Contains("\"persons\":[\"anna\"]", account, StringComparison.Ordinal);
        Assert.Contains("t2", account, StringComparison.Ordinal);
        Assert.Contains("t1", anna, StringComparison.Ordinal);
        Assert.DoesNotContain("persons", anna, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
