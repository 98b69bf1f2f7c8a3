using AlexaMusicSkill.State;
using AlexaMusicSkill.Storage;

namespace AlexaMusicSkill.Tests.Storage;

public sealed class InMemoryHouseholdProfilesTests : HouseholdProfilesContract
{
    private InMemoryUserStateStore? _store;

    protected override Task<IUserStateStore> NewStoreAsync() => Task.FromResult<IUserStateStore>(_store = new InMemoryUserStateStore(Clock));

    // One process, one dictionary: every "instance" is the same store.
    protected override IUserStateStore AnotherInstance() => _store!;

    protected override Task<IReadOnlyList<string>> StoredKeysAsync() => Task.FromResult(_store!.Keys);
}
