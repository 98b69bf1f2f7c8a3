using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Dialogue;

/// <summary>Random conversations (fixed seeds, fixed lengths): every response is valid for Alexa and its SSML passes ssml-check-core.</summary>
public sealed class ResponseValidityTests
{
    private static readonly Func<AlexaRequests, Random, AlexaMusicSkill.Alexa.SkillRequest>[] Replies =
    [
        (a, _) => a.Intent("AMAZON.YesIntent"),
        (a, _) => a.Intent("AMAZON.NoIntent"),
        (a, _) => a.Intent(IntentNames.SomethingElse),
        (a, _) => a.Intent(IntentNames.MoreLikeThis),
        (a, _) => a.Intent("AMAZON.HelpIntent"),
        (a, _) => a.Intent("AMAZON.FallbackIntent"),
        (a, _) => a.Intent("AMAZON.RepeatIntent"),
        (a, _) => a.Intent("AMAZON.PauseIntent"),
        (a, _) => a.Intent(IntentNames.WhatsPlaying),
        (a, _) => a.Intent(IntentNames.RestartSearch),
        (a, r) => a.Intent(IntentNames.Answer, ("mood", "x", r.Next(2) == 0 ? "LAID_BACK" : "UPBEAT")),
        (a, r) => a.Intent(IntentNames.Answer, ("genre", "x", AlexaMusicSkill.Music.Taxonomy.MusicTaxonomy.Genres[r.Next(30)].Id)),
        (a, r) => a.Intent(IntentNames.Answer, ("era", "x", AlexaMusicSkill.Music.Taxonomy.MusicTaxonomy.Eras[r.Next(9)].Id)),
        (a, _) => a.Intent(IntentNames.Answer, ("genre", "polka", null)),
        (a, r) => a.Intent(IntentNames.Feedback, ("feedback", "x", AlexaMusicSkill.Feedback.FeedbackVocabulary.Values[r.Next(11)].Id)),
        (a, _) => a.Intent(IntentNames.FindMusic, ("activity", "working out", "WORKOUT")),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task RandomConversations_EveryResponseIsValidAndItsSsmlPassesTheChecker(int seed)
    {
        var skill = new SkillHarness(catalog: TestCatalog.Large, exploration: new ExplorationSettings(0.5, 0.3), seed: seed);
        var alexa = new AlexaRequests($"amzn1.ask.account.RANDOM{seed}");
        var random = new Random(seed);
        var ssml = new HashSet<string>();

        for (var conversation = 0; conversation < 6; conversation++)
        {
            var response = await skill.SayAsync(alexa, alexa.Launch());
            Collect(response, ssml);
            for (var turn = 0; turn < 15 && response.Response.ShouldEndSession != true; turn++)
            {
                response = await skill.SayAsync(alexa, Replies[random.Next(Replies.Length)](alexa, random));
                Collect(response, ssml);
                Assert.True(AlexaJson.SerializeResponse(response).Length <= ResponseLimits.MaxResponseBytes);
            }

            alexa.NewSession();
        }

        Assert.DoesNotContain(skill.Log.Entries, e => e.Level >= Logging.LogLevel.Error);
        foreach (var text in ssml)
        {
            await SsmlChecker.Shared.AssertValidAsync(text);
        }
    }

    private static void Collect(SkillResponse response, HashSet<string> ssml)
    {
        if (response.Response.OutputSpeech?.Ssml is { } speech)
        {
            ssml.Add(speech);
        }

        if (response.Response.Reprompt?.OutputSpeech?.Ssml is { } reprompt)
        {
            Assert.DoesNotContain("<audio", reprompt);
            ssml.Add(reprompt);
        }
    }
}
