using System.Diagnostics;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace AlexaMusicSkill.Tests.Dialogue;

/// <summary>The full request → response path with state in a real DynamoDB-API server (dynalite).</summary>
public sealed class DynamoDbConversationTests(DynaliteFixture dynalite, ITestOutputHelper output)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedFlow_WithStateInDynamoDb_EndsWithPlay()
    {
        var skill = new SkillHarness(await StoreAsync());
        var alexa = new AlexaRequests();

        await skill.SayAsync(alexa, alexa.Launch());
        await skill.SayAsync(alexa, alexa.Intent("AMAZON.NoIntent"));
        await skill.SayAsync(alexa, alexa.Intent(IntentNames.Answer, ("mood", "mellow", "LAID_BACK")));
        var pair = skill.Records.Records.OfType<DecisionRecord>().Last().Offered.Attributes;
        await skill.SayAsync(alexa, alexa.Intent(IntentNames.Answer, ("genre", "that one", pair[1])));
        var play = await skill.SayAsync(alexa, alexa.Intent("AMAZON.YesIntent"));

        Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(play.Response.Directives!));
        Assert.Equal(OutcomeRecord.Accepted, Assert.Single(skill.Records.Records.OfType<OutcomeRecord>()).Outcome);
    }

    [Fact]
    public async Task HundredTurnConversation_KeepsTheStateItemSmall()
    {
        var table = await dynalite.Server.CreateStateTableAsync();
        using var client = dynalite.Server.CreateClient();
        var skill = new SkillHarness(new DynamoDbUserStateStore(client, table, TimeProvider.System), TestCatalog.Large);
        var alexa = new AlexaRequests();

        await skill.SayAsync(alexa, alexa.Launch());
        for (var i = 0; i < 99; i++)
        {
            var response = await skill.SayAsync(alexa, i % 2 == 0 ? alexa.Intent(IntentNames.SomethingElse) : alexa.Intent("AMAZON.NoIntent"));
            Assert.False(response.Response.ShouldEndSession);
        }

        var key = "state#" + SkillHarness.UserKeyOf(alexa.UserId);
        var item = (await client.GetItemAsync(table, new() { ["pk"] = new() { S = key } }, Token)).Item;
        var bytes = item.Sum(a => a.Key.Length + (a.Value.S?.Length ?? a.Value.N?.Length ?? 0));
        output.WriteLine($"state item after 100 decisions: {bytes} bytes");
        Assert.Equal(100, skill.Records.Records.OfType<DecisionRecord>().Count());
        Assert.True(bytes < 16 * 1024, $"the state item is {bytes} bytes");

        // The 101st reply hits the turn limit: the conversation ends politely instead of growing.
        var last = await skill.SayAsync(alexa, alexa.Intent(IntentNames.SomethingElse));
        Assert.True(last.Response.ShouldEndSession);
        Assert.Equal("max_turns", Assert.Single(skill.Records.Records.OfType<OutcomeRecord>()).Reason);
    }

    [Fact]
    public async Task TwoHundredRacingRequests_FromSeparateClients_LoseNoUpdate()
    {
        var table = await dynalite.Server.CreateStateTableAsync();
        var records = new AlexaMusicSkill.Records.InMemoryDecisionLog();
        var alexa = new AlexaRequests();
        var opener = new SkillHarness(new DynamoDbUserStateStore(dynalite.Server.CreateClient(), table, TimeProvider.System));
        await opener.SayAsync(alexa, alexa.Launch());

        // 200 independent "Lambda instances" (own engine, own DynamoDB client), one listener, same conversation.
        var requests = Enumerable.Range(0, 200).Select(_ => alexa.Intent(IntentNames.SomethingElse)).ToList();
        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(requests.Select((request, i) => Task.Run(async () =>
        {
            var instance = new SkillHarness(new DynamoDbUserStateStore(dynalite.Server.CreateClient(), table, TimeProvider.System), seed: 1000 + i) { Deadline = TimeSpan.FromSeconds(60) };
            var response = await instance.SendAsync(request, Token);
            lock (records)
            {
                foreach (var record in instance.Records.Records)
                {
                    records.Append(record);
                }
            }

            return response;
        }, Token)));
        output.WriteLine($"200 racing requests answered in {clock.ElapsedMilliseconds} ms");

        Assert.All(responses, r => Assert.NotNull(r.Response.OutputSpeech));
        var all = records.Records;
        // Every request left exactly one record of its own...
        Assert.Equal(requests.Select(r => r.Request!.RequestId).Order(), all.Select(r => r.RequestId).Order());
        // ...and within each conversation the decisions are numbered without gaps or repeats: no update was lost.
        var openerTurns = opener.Records.Records.OfType<DecisionRecord>().Count();
        foreach (var conversation in all.OfType<DecisionRecord>().GroupBy(d => d.ConversationId))
        {
            var turns = conversation.Select(d => d.Turn).Order().ToList();
            var first = conversation.Key == opener.Records.Records[0].ConversationId ? openerTurns : 0;
            Assert.Equal(Enumerable.Range(first, turns.Count), turns);
        }
    }

    [Fact]
    public async Task DynamoDbDown_StillAnswersPolitelyAndFast()
    {
        var closedPort = FreePort.Next();
        var skill = new SkillHarness(StoreAt($"http://127.0.0.1:{closedPort}")) { Deadline = TimeSpan.FromSeconds(7) };
        var alexa = new AlexaRequests();

        var clock = Stopwatch.StartNew();
        var response = await skill.SayAsync(alexa, alexa.Launch());
        output.WriteLine($"answered in {clock.ElapsedMilliseconds} ms with DynamoDB down");

        Assert.Contains("trouble", response.Response.OutputSpeech!.Ssml);
        Assert.True(response.Response.ShouldEndSession);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Empty(skill.Records.Records);
    }

    [Fact]
    public async Task DynamoDbHanging_AnswersBeforeTheDeadline()
    {
        using var hang = new BlackHoleServer();
        var skill = new SkillHarness(StoreAt(hang.Url)) { Deadline = TimeSpan.FromSeconds(2) };
        var alexa = new AlexaRequests();

        var clock = Stopwatch.StartNew();
        var response = await skill.SayAsync(alexa, alexa.Launch());
        output.WriteLine($"answered in {clock.ElapsedMilliseconds} ms with DynamoDB hanging (deadline 2000 ms)");

        Assert.Contains("trouble", response.Response.OutputSpeech!.Ssml);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task DynamoDbDown_PlaybackStillEnqueuesTheNextTrackFromTheToken()
    {
        var skill = new SkillHarness(StoreAt($"http://127.0.0.1:{FreePort.Next()}"));
        var alexa = new AlexaRequests();
        var first = skill.Catalog.Tracks.First(t => t.GenreIds.Contains("JAZZ"));
        var token = $"v1|t.{first.Id}|0|{first.Id}";

        var response = await skill.SendAsync(alexa.Player(new AlexaMusicSkill.Alexa.Requests.PlaybackNearlyFinishedRequest { Token = token, OffsetInMilliseconds = 190_000 }), Token);

        var play = Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(response.Response.Directives!));
        Assert.Equal(PlayBehavior.Enqueue, play.PlayBehavior);
        Assert.Equal(token, play.AudioItem.Stream.ExpectedPreviousToken);
    }

    private async Task<DynamoDbUserStateStore> StoreAsync() =>
        new(dynalite.Server.CreateClient(), await dynalite.Server.CreateStateTableAsync(), TimeProvider.System);

    private static DynamoDbUserStateStore StoreAt(string url) => new(
        new AmazonDynamoDBClient(new BasicAWSCredentials("test", "test"), new AmazonDynamoDBConfig { ServiceURL = url, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 }),
        "missing-table",
        TimeProvider.System);
}
