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
    private static readonly string ModelPath = RepositoryPaths.Combine("skill-package", "interactionModels", "custom", "en-US.json");

    [Fact]
    public void FeedbackWords_AreNoOtherIntentsSample()
    {
        var others = Intents()
            .Where(i => i["name"]!.GetValue<string>() != IntentNames.Feedback)
            .SelectMany(i => i["samples"]!.AsArray().Select(s => (Intent: i["name"]!.GetValue<string>(), Sample: s!.GetValue<string>())))
            .ToDictionary(x => x.Sample.ToLowerInvariant(), x => x.Intent);

        foreach (var value in FeedbackVocabulary.Values)
        {
            foreach (var words in value.Synonyms.Prepend(value.Name))
            {
                Assert.False(others.TryGetValue(words, out var intent), $"'{words}' ({value.Id}) is also a sample of {intent}");
            }
        }
    }

    [Fact]
    public void FeedbackIntent_TakesTheSlotOnItsOwnAndInCarrierPhrases()
    {
        var samples = Intents().Single(i => i["name"]!.GetValue<string>() == IntentNames.Feedback)["samples"]!.AsArray()
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

    private static IEnumerable<JsonNode> Intents() =>
        JsonNode.Parse(File.ReadAllText(ModelPath))!["interactionModel"]!["languageModel"]!["intents"]!.AsArray().Select(i => i!);
}
