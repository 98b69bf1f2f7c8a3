using System.Text.Json.Nodes;
using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.SkillPackage;

/// <summary>
/// The feedback slot's words never collide with another intent: "{feedback}" alone is a FeedbackIntent sample, so a
/// FeedbackType value equal to another intent's sample ("nope", "sounds good") would make one utterance mean two things.
/// </summary>
public sealed class FeedbackModelTests
{
    public static TheoryData<string> Locales => InteractionModelTests.Locales;

    [Theory]
    [MemberData(nameof(Locales))]
    public void FeedbackWords_AreNoOtherIntentsSample(string locale)
    {
        var others = Intents(locale)
            .Where(i => i["name"]!.GetValue<string>() != IntentNames.Feedback)
            .SelectMany(i => i["samples"]!.AsArray().Select(s => (Intent: i["name"]!.GetValue<string>(), Sample: s!.GetValue<string>())))
            .ToDictionary(x => x.Sample.ToLowerInvariant(), x => x.Intent);

        var feedbackType = Types(locale).Single(t => t["name"]!.GetValue<string>() == SlotTypeNames.Feedback)["values"]!.AsArray();
        foreach (var value in feedbackType.Select(v => v!["name"]!))
        {
            foreach (var words in value["synonyms"]!.AsArray().Select(s => s!.GetValue<string>()).Prepend(value["value"]!.GetValue<string>()))
            {
                Assert.False(others.TryGetValue(words, out var intent), $"{locale}: '{words}' is also a sample of {intent}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void FeedbackIntent_TakesTheSlotOnItsOwnAndInCarrierPhrases(string locale)
    {
        var samples = Intents(locale).Single(i => i["name"]!.GetValue<string>() == IntentNames.Feedback)["samples"]!.AsArray()
            .Select(s => s!.GetValue<string>()).ToList();

        Assert.Contains("{feedback}", samples);
        Assert.All(samples, s => Assert.Contains("{feedback}", s));
        Assert.True(samples.Count >= 40, $"only {samples.Count} feedback samples");
    }

    [Fact]
    public void FeedbackVocabulary_IdsAreTheOnesRecordsAlreadyHold()
    {
        string[] logged = ["LOVE_IT", "LIKE_IT", "OK", "MEH", "NOT_REALLY", "HATE_IT", "TOO_SLOW", "TOO_FAST", "TOO_LOUD", "TOO_OLD", "TOO_MODERN"];

        Assert.Subset(FeedbackVocabulary.Values.Select(v => v.Id).ToHashSet(), logged.ToHashSet());
    }

    private static IEnumerable<JsonNode> Intents(string locale) => LanguageModel(locale)["intents"]!.AsArray().Select(i => i!);

    private static IEnumerable<JsonNode> Types(string locale) => LanguageModel(locale)["types"]!.AsArray().Select(t => t!);

    private static JsonNode LanguageModel(string locale) =>
        JsonNode.Parse(File.ReadAllText(InteractionModelTests.ModelPath(locale)))!["interactionModel"]!["languageModel"]!;
}
