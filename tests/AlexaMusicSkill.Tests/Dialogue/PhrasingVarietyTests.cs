using System.Text.RegularExpressions;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Music.Taxonomy;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Dialogue;

/// <summary>
/// Long random conversations (fixed seeds; 4 seeds × 4 conversations × up to 60 turns): no sentence is said in two
/// consecutive turns, the emotion is only ever low or medium, and every SSML passes ssml-check-core.
/// </summary>
public sealed partial class PhrasingVarietyTests
{
    private static readonly string[] OwnWords =
    [
        "kinda boring honestly", "not my cup of tea", "way too loud for me", "it's alright but a bit sleepy", "i'm not a fan",
        "sounds a bit dated", "could use more energy", "honestly pretty forgettable", "nah this is dull", "i don't hate it",
        "hmm", "the drums", "it's fine i suppose", "not the worst",
    ];

    private static readonly (string Label, Func<AlexaRequests, Random, SkillRequest> Make)[] Replies =
    [
        ("no", (a, _) => a.Intent("AMAZON.NoIntent")),
        ("something else", (a, _) => a.Intent(IntentNames.SomethingElse)),
        ("more like this", (a, _) => a.Intent(IntentNames.MoreLikeThis)),
        ("help", (a, _) => a.Intent("AMAZON.HelpIntent")),
        ("fallback", (a, _) => a.Intent("AMAZON.FallbackIntent")),
        ("repeat", (a, _) => a.Intent("AMAZON.RepeatIntent")),
        ("pause", (a, _) => a.Intent("AMAZON.PauseIntent")),
        ("what's playing", (a, _) => a.Intent(IntentNames.WhatsPlaying)),
        ("start over", (a, _) => a.Intent(IntentNames.RestartSearch)),
        ("mood", (a, r) => a.Intent(IntentNames.Answer, ("mood", "x", r.Next(2) == 0 ? "LAID_BACK" : "UPBEAT"))),
        ("genre", (a, r) => a.Intent(IntentNames.Answer, ("genre", "x", MusicTaxonomy.Genres[r.Next(30)].Id))),
        ("era", (a, r) => a.Intent(IntentNames.Answer, ("era", "x", MusicTaxonomy.Eras[r.Next(9)].Id))),
        ("polka", (a, _) => a.Intent(IntentNames.Answer, ("genre", "polka", null))),
        ("feedback value", (a, r) => FeedbackReply(a, Pick(r, FeedbackVocabulary.Values))),
        ("feedback words", (a, r) => a.Intent(IntentNames.Feedback, ("feedback", Pick(r, OwnWords), null))),
        ("feedback value", (a, r) => FeedbackReply(a, Pick(r, FeedbackVocabulary.Values))),
    ];

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    public async Task LongConversations_ConsecutiveTurns_NeverRepeatASentence(int seed)
    {
        var skill = new SkillHarness(catalog: TestCatalog.Large, exploration: new ExplorationSettings(0.5, 0.3), seed: seed);
        var alexa = new AlexaRequests($"amzn1.ask.account.VARIETY{seed}");
        var random = new Random(seed);
        var ssml = new HashSet<string>();
        var turns = 0;

        for (var conversation = 0; conversation < 4; conversation++)
        {
            var previous = (Label: "launch", Response: await skill.SayAsync(alexa, alexa.Launch()));
            Collect(previous.Response, ssml);
            for (var turn = 0; turn < 60 && previous.Response.Response.ShouldEndSession != true; turn++)
            {
                var (label, make) = Replies[random.Next(Replies.Length)];
                var response = await skill.SayAsync(alexa, make(alexa, random));
                Collect(response, ssml);
                turns++;
                var repeated = Transcript.Sentences(Speech(previous.Response)).Intersect(Transcript.Sentences(Speech(response))).ToList();
                Assert.True(repeated.Count == 0,
                    $"'{label}' repeated {string.Join(" | ", repeated)}\nbefore ({previous.Label}): {Speech(previous.Response)}\nafter: {Speech(response)}");
                previous = (label, response);
            }

            alexa.NewSession();
        }

        Assert.True(turns >= 60, $"only {turns} turns were played");
        foreach (var text in ssml)
        {
            Assert.DoesNotMatch(HighEmotion(), text);
            await SsmlChecker.Shared.AssertValidAsync(text);
        }
    }

    private static SkillRequest FeedbackReply(AlexaRequests alexa, FeedbackValue value) =>
        alexa.Intent(IntentNames.Feedback, ("feedback", value.Synonyms.Count > 0 ? value.Synonyms[0] : value.Name, value.Id));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Speech(SkillResponse response) => response.Response.OutputSpeech?.Ssml ?? string.Empty;

    private static void Collect(SkillResponse response, HashSet<string> ssml)
    {
        ssml.Add(Speech(response));
        if (response.Response.Reprompt?.OutputSpeech?.Ssml is { } reprompt)
        {
            ssml.Add(reprompt);
        }
    }

    [GeneratedRegex("intensity=\"high\"")]
    private static partial Regex HighEmotion();
}
