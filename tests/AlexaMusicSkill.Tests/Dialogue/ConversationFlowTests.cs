using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Dialogue;

public sealed class ConversationFlowTests
{
    private readonly SkillHarness _skill = new();
    private readonly AlexaRequests _alexa = new();

    [Fact]
    public async Task SeedFlow_OpenMoodGenreSampleYes_EndsWithPlay()
    {
        var launch = await _skill.SayAsync(_alexa, _alexa.Launch());
        Assert.Matches("anything in mind|in the mood for|like to hear", Speech(launch));
        Assert.False(launch.Response.ShouldEndSession);

        var mood = await _skill.SayAsync(_alexa, _alexa.Intent("AMAZON.NoIntent"));
        Assert.Matches("laid back.*upbeat|mellow.*upbeat", Speech(mood));
        Assert.Equal("ask_mood", Decisions().Last().Offered.Type);

        var genre = await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.Answer, ("mood", "chill", "LAID_BACK")));
        var pair = Decisions().Last().Offered.Attributes;
        Assert.Equal("ask_genre", Decisions().Last().Offered.Type);
        Assert.Equal(2, pair.Count);

        var sample = await _skill.SayAsync(_alexa, _alexa.Intent(IntentNames.Answer, ("genre", "it", pair[0])));
        Assert.Contains("<audio src=", sample.Response.OutputSpeech!.Ssml);
        Assert.DoesNotContain("<audio", sample.Response.Reprompt!.OutputSpeech!.Ssml);
        Assert.Equal(Card.StandardType, sample.Response.Card!.Type);
        var offered = Decisions().Last().Offered.TrackId!;

        var play = await _skill.SayAsync(_alexa, _alexa.Intent("AMAZON.YesIntent"));
        var directive = Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(play.Response.Directives!));
        Assert.Equal(PlayBehavior.ReplaceAll, directive.PlayBehavior);
        Assert.StartsWith("v1|t." + offered, directive.AudioItem.Stream.Token);
        Assert.True(play.Response.ShouldEndSession);

        var outcome = Assert.Single(_skill.Records.Records.OfType<OutcomeRecord>());
        Assert.Equal(OutcomeRecord.Accepted, outcome.Outcome);
        Assert.Equal("sample", outcome.AcceptedVia);
        Assert.Equal(4, outcome.Turns);
        Assert.Equal(["ask_open", "ask_mood", "ask_genre", "play_sample"], Decisions().Select(d => d.Offered.Type));
    }

    private List<DecisionRecord> Decisions() => _skill.Records.Records.OfType<DecisionRecord>().ToList();

    private static string Speech(SkillResponse response) => response.Response.OutputSpeech?.Ssml ?? string.Empty;
}
