using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Dialogue;

public sealed class ConversationPathsTests
{
    private readonly SkillHarness _skill = new();
    private readonly AlexaRequests _alexa = new();

    [Fact]
    public async Task PlayRequest_WithAttributesUpFront_PlaysAtOnceAsDirectAcceptance()
    {
        var response = await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.PlayMusic,
            ("mood", "laid back", "LAID_BACK"), ("genre", "jazz", "JAZZ"), ("era", "the fifties", "FIFTIES")));

        var play = Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(response.Response.Directives!));
        var token = PlaybackToken.TryParse(play.AudioItem.Stream.Token)!.Value;
        Assert.Equal("g.JAZZ+m.LAID_BACK+e.FIFTIES", token.StationId);
        var track = _skill.Catalog.FindTrack(token.TrackId)!;
        Assert.Contains("JAZZ", track.GenreIds);
        Assert.True(response.Response.ShouldEndSession);

        var outcome = Assert.Single(_skill.Records.Records.OfType<OutcomeRecord>());
        Assert.Equal("direct", outcome.AcceptedVia);
        Assert.Equal(0, outcome.Turns);
        Assert.Empty(_skill.Records.Records.OfType<DecisionRecord>());
    }

    [Fact]
    public async Task Rejections_NeverOfferARejectedSampleAgain()
    {
        await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.FindMusic, ("genre", "jazz", "JAZZ")));
        var rejected = new HashSet<string>();
        for (var i = 0; i < 12; i++)
        {
            var last = _skill.Records.Records.OfType<DecisionRecord>().Last();
            Assert.DoesNotContain(last.Candidates, c => rejected.Any(r => c.Action == "play_sample:" + r));
            if (last.Offered.Type == "play_sample")
            {
                rejected.Add(last.Offered.TrackId!);
            }

            var reply = (i % 3) switch
            {
                0 => _alexa.Intent("AMAZON.NoIntent"),
                1 => _alexa.Intent(IntentNames.SomethingElse),
                _ => _alexa.Intent(IntentNames.Feedback, ("feedback", "not my thing", "NOT_REALLY")),
            };
            var response = await _skill.SayAsync(_alexa, reply);
            Assert.False(response.Response.ShouldEndSession);
        }

        var offeredSamples = _skill.Records.Records.OfType<DecisionRecord>().Select(d => d.Offered.TrackId).OfType<string>().ToList();
        Assert.True(rejected.Count >= 5, $"only {rejected.Count} samples were offered");
        Assert.Equal(offeredSamples.Count, offeredSamples.Distinct().Count());
    }

    [Theory]
    [InlineData("LIKE_IT", "i like it", true)]
    [InlineData("LOVE_IT", "brilliant", true)]
    [InlineData("OK", "hmm ok", false)]
    public async Task FeedbackToASample_AcceptsOnlyWhenItIsAYes(string id, string words, bool accepts)
    {
        await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.FindMusic, ("genre", "soul", "SOUL"), ("mood", "upbeat", "UPBEAT"), ("era", "sixties", "SIXTIES")));
        while (_skill.Records.Records.OfType<DecisionRecord>().Last().Offered.Type != "play_sample")
        {
            await _skill.SayAsync(_alexa, _alexa.Intent("AMAZON.NoIntent"));
        }

        var reply = await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.Feedback, ("feedback", words, id)));

        Assert.Equal(accepts, reply.Response.Directives?.OfType<AudioPlayerPlayDirective>().Any() == true);
        Assert.Equal(accepts, reply.Response.ShouldEndSession == true);
    }

    [Fact]
    public async Task Stop_AbandonsTheConversationWithAnOutcomeRecord()
    {
        await _skill.SayAsync(_alexa, _alexa.Launch());
        var bye = await _skill.SayAsync(_alexa, _alexa.Intent("AMAZON.StopIntent"));

        Assert.True(bye.Response.ShouldEndSession);
        var outcome = Assert.Single(_skill.Records.Records.OfType<OutcomeRecord>());
        Assert.Equal(OutcomeRecord.Abandoned, outcome.Outcome);
        Assert.Equal("stop", outcome.Reason);
        Assert.Equal(1, outcome.Turns);
    }

    [Fact]
    public async Task SessionEnded_BySilence_AbandonsAndAnswersEmpty()
    {
        await _skill.SayAsync(_alexa, _alexa.Launch());
        var ended = await _skill.SendAsync(_alexa.SessionEnded("EXCEEDED_MAX_REPROMPTS"), TestContext.Current.CancellationToken);

        Assert.Equal("{\"version\":\"1.0\",\"response\":{}}", AlexaMusicSkill.Alexa.AlexaJson.SerializeResponseToString(ended));
        var outcome = Assert.Single(_skill.Records.Records.OfType<OutcomeRecord>());
        Assert.Equal("session_ended:exceeded_max_reprompts", outcome.Reason);
    }

    [Fact]
    public async Task SkillIdOfAnotherSkill_IsRefusedAndTouchesNoState()
    {
        var stranger = new AlexaRequests(skillId: "amzn1.ask.skill.11111111-2222-4333-8444-555555555555");
        var bytes = System.Text.Encoding.UTF8.GetBytes(AlexaMusicSkill.Alexa.AlexaJson.SerializeRequest(stranger.Launch()));

        var outcome = await _skill.Function.InvokeAsync(bytes, new AlexaMusicSkill.Dialogue.InvocationContext("x", DateTimeOffset.UtcNow.AddSeconds(7)), TestContext.Current.CancellationToken);

        Assert.IsType<AlexaMusicSkill.Hosting.InvocationOutcome.Refused>(outcome);
        Assert.Equal(0, ((AlexaMusicSkill.Storage.InMemoryUserStateStore)_skill.Store).ItemCount);
    }

    [Fact]
    public async Task RetriedRequest_IsNotAppliedTwice()
    {
        await _skill.SayAsync(_alexa, _alexa.Launch());
        var answer = _alexa.Intent(IntentNames.Answer, ("mood", "upbeat", "UPBEAT"));

        var first = await _skill.SendAsync(answer, TestContext.Current.CancellationToken);
        var retry = await _skill.SendAsync(answer, TestContext.Current.CancellationToken);

        Assert.Equal(2, _skill.Records.Records.OfType<DecisionRecord>().Count());
        Assert.Equal(first.Response.Reprompt!.OutputSpeech!.Ssml, retry.Response.Reprompt!.OutputSpeech!.Ssml);
    }

    [Fact]
    public async Task Help_ExplainsAndReasksWithoutANewDecision()
    {
        await _skill.SayAsync(_alexa, _alexa.Launch());
        var help = await _skill.SayAsync(_alexa, _alexa.Intent("AMAZON.HelpIntent"));

        Assert.Contains("You can tell me a mood", help.Response.OutputSpeech!.Ssml);
        Assert.Matches("anything in mind|in the mood for|like to hear", help.Response.OutputSpeech!.Ssml);
        Assert.Single(_skill.Records.Records.OfType<DecisionRecord>());
    }

    [Fact]
    public async Task Fallbacks_ReaskTwiceThenMoveOn()
    {
        await _skill.SayAsync(_alexa, _alexa.Launch());
        await _skill.SayAsync(_alexa, _alexa.Intent("AMAZON.FallbackIntent"));
        Assert.Single(_skill.Records.Records.OfType<DecisionRecord>());
        await _skill.SayAsync(_alexa, _alexa.Intent("AMAZON.FallbackIntent"));
        var decisions = _skill.Records.Records.OfType<DecisionRecord>().ToList();

        Assert.Equal(2, decisions.Count);
        Assert.Equal(UserAct.Fallback, decisions[1].Input.Act);
        Assert.True(decisions[1].Context.Understanding < 1.0);
    }

    [Fact]
    public async Task MoreLikeThis_AnchorsTheNextSampleOnTheOfferedOne()
    {
        await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.FindMusic, ("genre", "alt rock", "ALT_ROCK")));
        while (_skill.Records.Records.OfType<DecisionRecord>().Last().Offered.Type != "play_sample")
        {
            await _skill.SayAsync(_alexa, _alexa.Intent("AMAZON.NoIntent"));
        }

        var liked = _skill.Records.Records.OfType<DecisionRecord>().Last().Offered.TrackId;
        await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.MoreLikeThis));

        Assert.Equal(liked, _skill.Records.Records.OfType<DecisionRecord>().Last().Context.SeedTrack);
    }

    [Fact]
    public async Task DeviceWithoutAudioPlayer_GetsASpokenAlternativeInsteadOfADirective()
    {
        _alexa.SupportsAudioPlayer = false;
        var response = await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.PlayMusic, ("artist", "norah jones", "norah-jones")));

        Assert.Null(response.Response.Directives);
        Assert.Contains("can't play", response.Response.OutputSpeech!.Ssml);
        Assert.Equal(OutcomeRecord.Accepted, Assert.Single(_skill.Records.Records.OfType<OutcomeRecord>()).Outcome);
    }

    [Fact]
    public async Task Records_NeverHoldTheRawUserId()
    {
        await _skill.SayAsync(_alexa, _alexa.Launch());
        await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.Feedback, ("feedback", "meh honestly", "MEH")));
        await _skill.SayAsync(_alexa, _alexa.Intent("AMAZON.StopIntent"));

        foreach (var record in _skill.Records.Records)
        {
            var line = AlexaMusicSkill.Records.JsonLinesDecisionLog.Serialize(record);
            Assert.DoesNotContain(_alexa.UserId, line);
            Assert.DoesNotContain("honestly", line);
            Assert.Equal(SkillHarness.UserKeyOf(_alexa.UserId), record.UserKey);
            Assert.Equal(32, record.UserKey.Length);
        }
    }
}
