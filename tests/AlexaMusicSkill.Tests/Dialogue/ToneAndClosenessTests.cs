using AlexaMusicSkill.Dialogue.Rendering;
using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Dialogue;

/// <summary>
/// Goal closeness over whole conversations (rising as one converges, dropping right after a miss, falling as one
/// struggles), the records and features that carry it, and the tone and phrasing families it selects.
/// </summary>
public sealed class ToneAndClosenessTests(ITestOutputHelper output)
{
    private readonly SkillHarness _skill = new();
    private readonly AlexaRequests _alexa = new();

    [Fact]
    public async Task ConvergingConversation_ClosenessRisesAndTheToneWarms()
    {
        var talk = await ConvergingAsync();

        var closeness = talk.Decisions.Select(d => d.Closeness!.Value).ToList();
        Assert.Equal(5, closeness.Count);
        Assert.True(closeness.Zip(closeness.Skip(1)).All(p => p.Second > p.First), "closeness should rise every turn: " + string.Join(", ", closeness));
        Assert.True(closeness[^1] >= ToneRules.Close, $"a converged conversation ends close, not at {closeness[^1]}");

        var liked = talk.Turns.Single(t => t.Label == "quite nice this");
        Assert.Contains("<amazon:emotion name=\"excited\"", liked.Speech);
        AssertSaysOneOf("ack_liked", liked.Speech);
        AssertSaysOneOf("sample_intro_more", liked.Speech);

        var accepted = talk.Turns[^1];
        Assert.StartsWith("<speak><amazon:emotion name=\"excited\" intensity=\"medium\">", accepted.Speech);
        Assert.True(accepted.Response.Response.ShouldEndSession);
        Assert.DoesNotContain(talk.Turns, t => t.Speech.Contains("disappointed", StringComparison.Ordinal));
        output.WriteLine(talk.Render());
    }

    [Fact]
    public async Task StrugglingConversation_ClosenessFallsAndTheToneApologisesAndEncourages()
    {
        var talk = await StrugglingAsync();

        var closeness = talk.Decisions.Select(d => d.Closeness!.Value).ToList();
        Assert.True(closeness.Count >= 8);
        Assert.True(closeness[^1] < closeness[0] - 0.2, "closeness should fall: " + string.Join(", ", closeness));
        Assert.True(closeness[^1] < ToneRules.Far, $"a struggling conversation ends far, not at {closeness[^1]}");
        Assert.True(Slope(closeness) < 0, "closeness should trend down: " + string.Join(", ", closeness));

        var apologies = talk.Turns.Count(t => t.Speech.Contains("<amazon:emotion name=\"disappointed\" intensity=\"low\">", StringComparison.Ordinal));
        Assert.True(apologies >= 2, $"only {apologies} apologies in\n{talk.Render()}");
        Assert.Contains(talk.Turns, t => SaysOneOf("ack_reject_sorry", t.Speech));
        Assert.Contains(talk.Turns, t => SaysOneOf("ack_more_energy", t.Speech));
        Assert.DoesNotContain(talk.Turns, t => t.Speech.Contains("excited", StringComparison.Ordinal));
        output.WriteLine(talk.Render());
    }

    [Fact]
    public async Task RejectedSample_RightAfterIt_ClosenessDropsAndTheReplyEncourages()
    {
        var talk = await UntilSampleAsync();
        var before = talk.Decisions.Last().Closeness!.Value;

        var miss = await talk.SayAsync("no", _alexa.Intent("AMAZON.NoIntent"));

        Assert.True(miss.Decision!.Closeness < before, $"{miss.Decision.Closeness} is not below {before}");
        Assert.Equal(ActSentiment.Of(UserAct.No).Value, miss.Decision.Sentiment);
        AssertSaysOneOf("ack_reject", miss.Speech);
        AssertSaysOneOf("sample_intro_fresh", miss.Speech);
        Assert.DoesNotContain("amazon:emotion", miss.Speech);
    }

    [Fact]
    public async Task HatedSample_GetsALowDisappointedApology()
    {
        var talk = await UntilSampleAsync();

        var miss = await talk.SayAsync("hate it", _alexa.Intent(IntentNames.Feedback, ("feedback", "hate it", "HATE_IT")));

        Assert.StartsWith("<speak><amazon:emotion name=\"disappointed\" intensity=\"low\">", miss.Speech);
        AssertSaysOneOf("ack_reject_sorry", miss.Speech);
    }

    [Fact]
    public async Task Fallback_RightAfterIt_ClosenessDrops()
    {
        var talk = new Transcript(_skill, _alexa);
        var launch = await talk.SayAsync("launch", _alexa.Launch());
        var start = launch.Decision!.Closeness!.Value;

        var reask = await talk.SayAsync("(mumble)", _alexa.Intent("AMAZON.FallbackIntent"));
        var afterOne = (await _skill.Store.LoadAsync(ProfileOwner.Account(SkillHarness.UserKeyOf(_alexa.UserId)), TestContext.Current.CancellationToken)).State!.Closeness!.Value;
        var moveOn = await talk.SayAsync("(mumble)", _alexa.Intent("AMAZON.FallbackIntent"));

        Assert.Null(reask.Decision);
        AssertSaysOneOf("unclear", reask.Speech);
        Assert.True(afterOne < start, $"after a fallback closeness is {afterOne}, was {start}");
        Assert.True(moveOn.Decision!.Closeness < afterOne, $"after two fallbacks closeness is {moveOn.Decision.Closeness}, was {afterOne}");
        Assert.True(SaysOneOf("ack_unclear", moveOn.Speech) || SaysOneOf("ack_unclear_sorry", moveOn.Speech));
    }

    [Fact]
    public async Task TooSlow_MovesTheMoodUpKeepsTheGenreAndSaysSo()
    {
        var talk = new Transcript(_skill, _alexa);
        await talk.SayAsync("launch", _alexa.Launch());
        await talk.SayAsync("jazz", _alexa.Intent(IntentNames.Answer, ("genre", "jazz", "JAZZ")));
        var sample = await talk.SayAsync("no idea", _alexa.Intent("AMAZON.NoIntent"));
        Assert.Equal("play_sample", sample.Decision!.Offered.Type);
        var track = _skill.Catalog.FindTrack(sample.Decision.Offered.TrackId!)!;

        var complaint = await talk.SayAsync("too slow", _alexa.Intent(IntentNames.Feedback, ("feedback", "too slow", "TOO_SLOW")));

        var context = complaint.Decision!.Context;
        Assert.Equal("JAZZ", context.Genre);
        Assert.Equal(track.MoodId == "LAID_BACK" ? "IN_BETWEEN" : "UPBEAT", context.Mood);
        AssertSaysOneOf("ack_more_energy", complaint.Speech);
        var snapshot = await _skill.Store.LoadAsync(ProfileOwner.Account(SkillHarness.UserKeyOf(_alexa.UserId)), TestContext.Current.CancellationToken);
        Assert.Contains(track.Id, snapshot.State!.Rejected);
        Assert.DoesNotContain(track.Id, snapshot.Profile.Rejected);
    }

    [Fact]
    public async Task FeedbackInTheListenersOwnWords_IsUnderstoodBySentiment()
    {
        var talk = await UntilSampleAsync();
        var offered = talk.Decisions.Last().Offered.TrackId!;

        var miss = await talk.SayAsync("kinda boring honestly", _alexa.Intent(IntentNames.Feedback, ("feedback", "kinda boring honestly", null)));

        var input = miss.Decision!.Input;
        Assert.Null(input.Feedback);
        Assert.Equal(ErStatuses.NoMatch, input.ErStatus);
        Assert.Equal(0.7, input.Confidence);
        Assert.Equal(SentimentScorer.ScoreWords("kinda boring honestly").Value, miss.Decision.Sentiment);
        Assert.DoesNotContain(miss.Decision.Candidates, c => c.Action == "play_sample:" + offered);
        Assert.True(SaysOneOf("ack_reject", miss.Speech) || SaysOneOf("ack_reject_sorry", miss.Speech));

        var sample = talk.Decisions.Last().Offered;
        var thrilled = await talk.SayAsync("this is such a banger", _alexa.Intent(IntentNames.Feedback, ("feedback", "this is such a banger", null)));

        Assert.True(thrilled.Response.Response.ShouldEndSession);
        var outcome = _skill.Records.Records.OfType<OutcomeRecord>().Single();
        Assert.Equal(OutcomeRecord.Accepted, outcome.Outcome);
        Assert.Equal(sample.TrackId ?? sample.StationId, outcome.Item!.TrackId ?? outcome.Item.StationId);
    }

    [Fact]
    public async Task DecisionRecords_CarryClosenessAndSentiment_AndTheFeaturesAreNoLongerNaN()
    {
        var talk = await ConvergingAsync();
        var sentiment = FeatureSchema.IndexOf("sentiment");
        var closeness = FeatureSchema.IndexOf("closeness");

        foreach (var decision in talk.Decisions)
        {
            Assert.Equal(decision.Context.Closeness, decision.Closeness);
            Assert.Equal(decision.Context.Sentiment, decision.Sentiment);
            Assert.InRange(decision.Closeness!.Value, 0.0, 1.0);
            Assert.All(decision.Candidates, c => Assert.Equal((float)decision.Closeness.Value, c.Features[closeness]));
            Assert.All(decision.Candidates, c => Assert.Equal(decision.Sentiment is { } s ? (float)s : float.NaN, c.Features[sentiment]));
        }

        var afterLike = talk.Turns.Single(t => t.Label == "quite nice this").Decision!;
        Assert.Equal(SentimentScorer.Score(null, "quite nice this").Value, afterLike.Sentiment);
        var afterOwnWords = talk.Turns.Single(t => t.Label == "pretty catchy actually").Decision!;
        Assert.Equal(SentimentScorer.ScoreWords("pretty catchy actually").Value, afterOwnWords.Sentiment);

        // Through the log format and back, as the offline tools read it.
        var line = AlexaMusicSkill.Records.JsonLinesDecisionLog.Serialize(afterOwnWords);
        Assert.Contains("\"closeness\":", line);
        Assert.Contains("\"sentiment\":", line);
        Assert.DoesNotContain("catchy", line);
        var parsed = (DecisionRecord)AlexaMusicSkill.Records.JsonLinesDecisionLog.TryParse(line)!;
        Assert.Equal(afterOwnWords.Closeness, parsed.Closeness);
        Assert.Equal(afterOwnWords.Sentiment, parsed.Sentiment);
    }

    [Fact]
    public async Task ToneSsml_OfBothConversations_PassesTheChecker()
    {
        var converging = await ConvergingAsync();
        var struggling = await StrugglingAsync(new AlexaRequests("amzn1.ask.account.STRUGGLING"));

        foreach (var turn in converging.Turns.Concat(struggling.Turns))
        {
            await SsmlChecker.Shared.AssertValidAsync(turn.Speech);
            if (turn.Reprompt is { } reprompt)
            {
                await SsmlChecker.Shared.AssertValidAsync(reprompt);
            }
        }
    }

    private async Task<Transcript> ConvergingAsync()
    {
        var talk = new Transcript(_skill, _alexa);
        await talk.SayAsync("launch", _alexa.Launch());
        var pair = await talk.SayAsync("something upbeat", _alexa.Intent(IntentNames.Answer, ("mood", "upbeat", "UPBEAT")));
        var genre = pair.Decision!.Offered.Attributes[0];
        await talk.SayAsync(SpokenNames.Genre(genre) + " please", _alexa.Intent(IntentNames.Answer, ("genre", SpokenNames.Genre(genre), genre)));
        await talk.SayAsync("quite nice this", _alexa.Intent(IntentNames.Feedback, ("feedback", "quite nice this", null)));
        await talk.SayAsync("pretty catchy actually", _alexa.Intent(IntentNames.Feedback, ("feedback", "pretty catchy actually", null)));
        await talk.SayAsync("brilliant, I love it", _alexa.Intent(IntentNames.Feedback, ("feedback", "brilliant I love it", null)));
        return talk;
    }

    private async Task<Transcript> StrugglingAsync(AlexaRequests? alexa = null)
    {
        alexa ??= _alexa;
        var talk = new Transcript(_skill, alexa);
        await talk.SayAsync("launch", alexa.Launch());
        await talk.SayAsync("(mumble)", alexa.Intent("AMAZON.FallbackIntent"));
        await talk.SayAsync("(mumble)", alexa.Intent("AMAZON.FallbackIntent"));
        await talk.SayAsync("polka", alexa.Intent(IntentNames.Answer, ("genre", "polka", null)));
        await talk.SayAsync("no", alexa.Intent("AMAZON.NoIntent"));
        await talk.SayAsync("no", alexa.Intent("AMAZON.NoIntent"));
        await talk.SayAsync("not really", alexa.Intent(IntentNames.Feedback, ("feedback", "not really", "NOT_REALLY")));
        await talk.SayAsync("kinda boring honestly", alexa.Intent(IntentNames.Feedback, ("feedback", "kinda boring honestly", null)));
        await talk.SayAsync("too slow", alexa.Intent(IntentNames.Feedback, ("feedback", "too slow", "TOO_SLOW")));
        await talk.SayAsync("hate it", alexa.Intent(IntentNames.Feedback, ("feedback", "hate it", "HATE_IT")));
        await talk.SayAsync("something else", alexa.Intent(IntentNames.SomethingElse));
        await talk.SayAsync("nah", alexa.Intent("AMAZON.NoIntent"));
        return talk;
    }

    private async Task<Transcript> UntilSampleAsync()
    {
        var talk = new Transcript(_skill, _alexa);
        await talk.SayAsync("launch", _alexa.Launch());
        var pair = await talk.SayAsync("upbeat", _alexa.Intent(IntentNames.Answer, ("mood", "upbeat", "UPBEAT")));
        var genre = pair.Decision!.Offered.Attributes[0];
        var sample = await talk.SayAsync("genre", _alexa.Intent(IntentNames.Answer, ("genre", "x", genre)));
        Assert.Equal("play_sample", sample.Decision!.Offered.Type);
        return talk;
    }

    private static bool SaysOneOf(string family, string ssml)
    {
        var sentences = Transcript.Sentences(ssml);
        return Phrasebook.Families[family].Any(sentences.Contains);
    }

    private static void AssertSaysOneOf(string family, string ssml) =>
        Assert.True(SaysOneOf(family, ssml), $"no '{family}' sentence in {ssml}");

    private static double Slope(IReadOnlyList<double> values)
    {
        var meanX = (values.Count - 1) / 2.0;
        var meanY = values.Average();
        var num = values.Select((y, x) => (x - meanX) * (y - meanY)).Sum();
        var den = values.Select((_, x) => (x - meanX) * (x - meanX)).Sum();
        return num / den;
    }
}
