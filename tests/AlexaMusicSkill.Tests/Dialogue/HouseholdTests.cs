using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;
using Amazon.DynamoDBv2.Model;

namespace AlexaMusicSkill.Tests.Dialogue;

/// <summary>
/// Household members (context.System.person) through the whole path: a profile each, one dialogue state, one arm,
/// the device's playback on the account, records with the member's key, deletion of every member.
/// </summary>
public sealed class HouseholdTests(DynaliteFixture dynalite)
{
    private const string Anna = "amzn1.ask.person.ANNA0000000000000000000000000000RAW";
    private const string Ben = "amzn1.ask.person.BEN00000000000000000000000000000RAW";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoMembersOfOneAccount_GetSeparateProfiles_ButOneArmAndOneDeviceAccount()
    {
        var assignment = new RecordingAssignment();
        var skill = new SkillHarness(policies: assignment);
        var alexa = new AlexaRequests();
        var userKey = SkillHarness.UserKeyOf(alexa.UserId);

        alexa.PersonId = Anna;
        await PlayAsync(skill, alexa, "jazz", "JAZZ");
        alexa.PersonId = Ben;
        await PlayAsync(skill, alexa, "rock", "ROCK");

        var anna = (await skill.Store.LoadAsync(new ProfileOwner(userKey, SkillHarness.PersonKeyOf(Anna)), Token)).Profile;
        var ben = (await skill.Store.LoadAsync(new ProfileOwner(userKey, SkillHarness.PersonKeyOf(Ben)), Token)).Profile;
        var account = (await skill.Store.LoadAsync(ProfileOwner.Account(userKey), Token)).Profile;
        Assert.Equal((1, 1, 0), (anna.Accepted, ben.Accepted, account.Accepted));
        Assert.NotEmpty(anna.Played);
        Assert.Empty(anna.Played.Intersect(ben.Played));
        // Playback is the device's: on the account item, where AudioPlayer events (spoken by nobody) find it.
        Assert.Null(anna.Playback);
        Assert.Null(ben.Playback);
        Assert.NotNull(account.Playback);

        // One arm per household: the rollout is only ever asked about the account.
        Assert.NotEmpty(assignment.AskedAbout);
        Assert.All(assignment.AskedAbout, key => Assert.Equal(userKey, key));
        var outcomes = skill.Records.Records.OfType<OutcomeRecord>().ToList();
        Assert.Equal([SkillHarness.PersonKeyOf(Anna), SkillHarness.PersonKeyOf(Ben)], outcomes.Select(o => o.PersonKey));
        Assert.All(skill.Records.Records, r => Assert.Equal((userKey, "production"), (r.UserKey, r.Arm)));
    }

    [Fact]
    public async Task AMembersStation_IsFollowedByAudioPlayerEventsWithoutAPerson_AndResumedByTheMember()
    {
        var skill = new SkillHarness();
        var alexa = new AlexaRequests { PersonId = Anna };
        var token = Play(await PlayAsync(skill, alexa, "jazz", "JAZZ")).AudioItem.Stream.Token;

        alexa.PersonId = null; // nobody speaks an AudioPlayer event
        await skill.SendAsync(alexa.Player(new PlaybackStartedRequest { Token = token, OffsetInMilliseconds = 0 }), Token);
        await skill.SendAsync(alexa.Player(new PlaybackStoppedRequest { Token = token, OffsetInMilliseconds = 42_000 }, "STOPPED"), Token);
        alexa.PersonId = Anna;
        alexa.NewSession();
        var resume = Play(await skill.SendAsync(alexa.Intent("AMAZON.ResumeIntent"), Token));

        Assert.Equal((token, 42_000L), (resume.AudioItem.Stream.Token, resume.AudioItem.Stream.OffsetInMilliseconds));
        var listening = Assert.Single(skill.Records.Records.OfType<ListeningRecord>());
        Assert.Null(listening.PersonKey);
    }

    [Fact]
    public async Task WithoutAPerson_OnlyTheAccountsItemsExist_AndRecordLinesCarryNoPersonKey()
    {
        var store = new InMemoryUserStateStore(TimeProvider.System);
        var skill = new SkillHarness(store);
        var alexa = new AlexaRequests();
        var userKey = SkillHarness.UserKeyOf(alexa.UserId);

        await PlayAsync(skill, alexa, "jazz", "JAZZ");

        Assert.Equal(["profile#" + userKey, "state#" + userKey], store.Keys.Order(StringComparer.Ordinal));
        Assert.NotEmpty(skill.Records.Records);
        Assert.All(skill.Records.Records, r => Assert.Null(r.PersonKey));
        Assert.All(skill.Records.Records, r => Assert.DoesNotContain("personKey", JsonLinesDecisionLog.Serialize(r), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RawPersonIds_NeverReachRecordsLogsOrStoredItems()
    {
        var folder = Path.Combine(Path.GetTempPath(), "household-raw-" + Guid.NewGuid().ToString("N"));
        try
        {
            var skill = new SkillHarness(new FileUserStateStore(folder, TimeProvider.System));
            var alexa = new AlexaRequests { PersonId = Anna };
            await skill.SayAsync(alexa, alexa.Launch());
            await skill.SayAsync(alexa, alexa.Intent("AMAZON.NoIntent"));
            await skill.SayAsync(alexa, alexa.Intent(IntentNames.Answer, ("mood", "mellow", "LAID_BACK")));
            alexa.NewSession();
            alexa.PersonId = Ben;
            await PlayAsync(skill, alexa, "rock", "ROCK");

            var records = skill.Records.Records.Select(JsonLinesDecisionLog.Serialize).ToList();
            Assert.Contains(records, line => line.Contains(SkillHarness.PersonKeyOf(Anna), StringComparison.Ordinal));
            Assert.Contains(records, line => line.Contains(SkillHarness.PersonKeyOf(Ben), StringComparison.Ordinal));
            var stored = Directory.GetFiles(folder).SelectMany(f => new[] { Path.GetFileName(f), File.ReadAllText(f) }).ToList();
            Assert.Contains(stored, name => name.Contains(SkillHarness.PersonKeyOf(Ben), StringComparison.Ordinal));
            foreach (var raw in new[] { Anna, Ben, "ANNA0000", "BEN00000" })
            {
                Assert.DoesNotContain(records, line => line.Contains(raw, StringComparison.Ordinal));
                Assert.DoesNotContain(skill.Log.Entries, entry => entry.Message.Contains(raw, StringComparison.Ordinal));
                Assert.DoesNotContain(stored, text => text.Contains(raw, StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TwoNewMembersRacing_FromSeparateInstances_AreBothListed_AndForgetMeDeletesTheWholeHousehold()
    {
        var table = await dynalite.Server.CreateStateTableAsync();
        var alexa = new AlexaRequests();
        var stranger = new AlexaRequests("amzn1.ask.account.STRANGER") { PersonId = Anna };
        await new SkillHarness(Store(table)).SayAsync(stranger, stranger.Intent(IntentNames.PlayMusic, ("genre", "jazz", "JAZZ")));

        // Both members' first requests at once, each on its own "Lambda instance" with its own client.
        var first = new[] { Anna, Ben }.Select(person =>
        {
            var request = alexa.Intent(IntentNames.PlayMusic, ("genre", "jazz", "JAZZ"));
            request.Context!.System!.Person = new AlexaMusicSkill.Alexa.Person { PersonId = person };
            return request;
        }).ToList();
        await Task.WhenAll(first.Select(request => Task.Run(() => new SkillHarness(Store(table)).SendAsync(request, Token), Token)));

        var userKey = SkillHarness.UserKeyOf(alexa.UserId);
        var account = await ItemAsync(table, "profile#" + userKey);
        Assert.Equal(new[] { Anna, Ben }.Select(SkillHarness.PersonKeyOf).Order(StringComparer.Ordinal), account["persons"].SS.Order(StringComparer.Ordinal));
        Assert.Equal(4, (await KeysAsync(table)).Count(k => k.Contains(userKey, StringComparison.Ordinal))); // state, account, two members

        alexa.PersonId = Ben;
        alexa.NewSession();
        var forget = await new SkillHarness(Store(table)).SendAsync(alexa.Intent(IntentNames.ForgetMe), Token);

        Assert.NotNull(forget.Response.OutputSpeech);
        var left = await KeysAsync(table);
        Assert.DoesNotContain(left, k => k.Contains(userKey, StringComparison.Ordinal));
        Assert.Equal(3, left.Count); // the stranger's state, account profile and member profile
    }

    [Fact]
    public async Task SkillDisabled_DeletesTheAccountsItemsAndEveryListedMember()
    {
        var table = await dynalite.Server.CreateStateTableAsync();
        var skill = new SkillHarness(Store(table));
        var alexa = new AlexaRequests();
        var userKey = SkillHarness.UserKeyOf(alexa.UserId);
        foreach (var (person, genre) in new[] { (Anna, "JAZZ"), (Ben, "ROCK") })
        {
            alexa.PersonId = person;
            alexa.NewSession();
            await PlayAsync(skill, alexa, genre.ToLowerInvariant(), genre);
        }

        Assert.Equal(4, (await KeysAsync(table)).Count);
        alexa.PersonId = null; // the event comes from the account, not a speaker
        await skill.SendAsync(alexa.SkillDisabled(), Token);

        Assert.Empty(await KeysAsync(table));
        Assert.Equal(0, (await skill.Store.LoadAsync(new ProfileOwner(userKey, SkillHarness.PersonKeyOf(Anna)), Token)).ProfileVersion);
    }

    private static async Task<SkillResponse> PlayAsync(SkillHarness skill, AlexaRequests alexa, string heard, string genre)
    {
        var response = await skill.SayAsync(alexa, alexa.Intent(IntentNames.PlayMusic, ("genre", heard, genre)));
        Play(response);
        return response;
    }

    private static AudioPlayerPlayDirective Play(SkillResponse response) => Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(response.Response.Directives!));

    private DynamoDbUserStateStore Store(string table) => new(dynalite.Server.CreateClient(), table, TimeProvider.System);

    private async Task<Dictionary<string, AttributeValue>> ItemAsync(string table, string pk)
    {
        using var client = dynalite.Server.CreateClient();
        return (await client.GetItemAsync(new GetItemRequest { TableName = table, Key = new() { ["pk"] = new() { S = pk } }, ConsistentRead = true }, Token)).Item;
    }

    private async Task<List<string>> KeysAsync(string table)
    {
        using var client = dynalite.Server.CreateClient();
        var page = await client.ScanAsync(new ScanRequest { TableName = table, ConsistentRead = true }, Token);
        Assert.True(page.LastEvaluatedKey is null or { Count: 0 }, "a test table fits one scan page");
        return [.. page.Items.Select(i => i["pk"].S)];
    }

    /// <summary>Serves the rule policy and remembers every key the rollout was asked about.</summary>
    private sealed class RecordingAssignment : IPolicyAssignment
    {
        private readonly SinglePolicyAssignment _inner = new(new RuleBasedPolicy());
        private readonly List<string> _asked = [];

        public IReadOnlyList<string> AskedAbout
        {
            get
            {
                lock (_asked)
                {
                    return [.. _asked];
                }
            }
        }

        public AssignedPolicy Assign(string userKey)
        {
            lock (_asked)
            {
                _asked.Add(userKey);
            }

            return _inner.Assign(userKey);
        }
    }
}
