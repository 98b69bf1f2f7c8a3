using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.SkillPackage;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.SkillPackage;

/// <summary>
/// Every locale's committed interaction model agrees with the code: it is byte for byte what the generator writes
/// (samples, taxonomy, feedback vocabulary, built-in catalog), its intents are exactly the dispatch table's, samples
/// use declared slots only, no sample belongs to two intents, the invocation name is valid, and the model stays
/// inside the size limits. Set UPDATE_SKILL_PACKAGE=1 to rewrite the files (or run
/// <c>musicskill catalog interaction-model --write</c>).
/// </summary>
public sealed partial class InteractionModelTests
{
    /// <summary>
    /// ASK's documented limits as we read them (alexa-protocol.md does not list them; UNCONFIRMED beyond the developer
    /// documentation): a sample at most 200 characters, a slot value or synonym at most 140, at most 250 intents and
    /// 50,000 slot values and synonyms in all. The file size is our own budget: the model is committed and embedded.
    /// </summary>
    private const int MaxSampleCharacters = 200;
    private const int MaxSlotValueCharacters = 140;
    private const int MaxIntents = 250;
    private const int MaxSlotPhrases = 50_000;
    private const int MaxModelBytes = 1_500_000;

    public static TheoryData<string> Locales => [.. SkillLocales.All.Select(l => l.Code)];

    private static readonly Lazy<MusicCatalog> Catalog = new(() => BuiltInCatalog.Load("https://media.example.com"));

    [Theory]
    [MemberData(nameof(Locales))]
    public void Model_IsByteIdenticalToTheGeneratedOne(string locale)
    {
        var generated = InteractionModelDocument.Text(SkillLocales.Find(locale)!, Catalog.Value);
        if (Environment.GetEnvironmentVariable("UPDATE_SKILL_PACKAGE") == "1")
        {
            File.WriteAllText(ModelPath(locale), generated);
        }

        Assert.True(generated == File.ReadAllText(ModelPath(locale)),
            $"{ModelPath(locale)} differs from the generated model; run `musicskill catalog interaction-model --write` (or this test with UPDATE_SKILL_PACKAGE=1).");
    }

    [Fact]
    public void ModelFolder_HoldsExactlyTheSkillsLocales()
    {
        var files = Directory.GetFiles(RepositoryPaths.Combine("skill-package", "interactionModels", "custom"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(SkillLocales.All.Select(l => l.Code).Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Model_HasOurValidInvocationNameAndNoDialogDelegation(string locale)
    {
        var model = Load(locale);
        var name = model["interactionModel"]!["languageModel"]!["invocationName"]!.GetValue<string>();

        Assert.Equal("music finder", name);
        Assert.Matches(InvocationNameRule(), name);
        Assert.DoesNotContain(name.Split(' '), w => w is "alexa" or "amazon" or "echo" or "computer" or "skill" or "app" or "ask" or "open" or "launch" or "tell" or "play");
        Assert.Null(model["interactionModel"]!["dialog"]);
        Assert.Null(model["interactionModel"]!["prompts"]);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Intents_AreExactlyTheDispatchTables(string locale)
    {
        var declared = Intents(locale).Select(i => i["name"]!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(IntentDispatchTable.Acts.Keys.Order(StringComparer.Ordinal), declared);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Samples_UseOnlyDeclaredSlotsAndDeclaredTypes(string locale)
    {
        var types = LanguageModel(locale)["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToHashSet();
        foreach (var intent in Intents(locale))
        {
            var slots = intent["slots"]?.AsArray().ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["type"]!.GetValue<string>()) ?? [];
            Assert.All(slots.Values, type => Assert.True(types.Contains(type) || type.StartsWith("AMAZON.", StringComparison.Ordinal), $"{type} is not defined"));
            foreach (var sample in intent["samples"]!.AsArray().Select(s => s!.GetValue<string>()))
            {
                foreach (Match used in SlotReference().Matches(sample))
                {
                    Assert.True(slots.ContainsKey(used.Groups[1].Value), $"'{sample}' of {intent["name"]} uses undeclared slot {used.Value}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Samples_BelongToOneIntentEach(string locale)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var intent in Intents(locale))
        {
            foreach (var sample in intent["samples"]!.AsArray().Select(s => s!.GetValue<string>().Trim()))
            {
                var name = intent["name"]!.GetValue<string>();
                Assert.True(owners.TryAdd(sample, name), $"'{sample}' belongs to {owners.GetValueOrDefault(sample)} and {name}");
            }
        }

        Assert.True(owners.Count >= 250, $"only {owners.Count} samples");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Samples_AreLowerCaseWordsWithoutPunctuation(string locale)
    {
        // Spoken text: what Alexa transcribes, and nothing a regular-expression matcher (virtual-alexa) would misread.
        var bad = Intents(locale).SelectMany(i => i["samples"]!.AsArray().Select(s => s!.GetValue<string>()))
            .Where(s => !SampleRule().IsMatch(s)).Take(10).ToList();

        Assert.True(bad.Count == 0, string.Join('\n', bad));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Model_StaysWithinTheSizeLimits(string locale)
    {
        var intents = Intents(locale).ToList();
        var samples = intents.SelectMany(i => i["samples"]!.AsArray().Select(s => s!.GetValue<string>())).ToList();
        var phrases = LanguageModel(locale)["types"]!.AsArray()
            .SelectMany(t => t!["values"]!.AsArray())
            .SelectMany(v => v!["name"]!["synonyms"]!.AsArray().Select(s => s!.GetValue<string>()).Prepend(v!["name"]!["value"]!.GetValue<string>()))
            .ToList();

        Assert.InRange(intents.Count, 1, MaxIntents);
        Assert.All(samples, s => Assert.True(s.Length <= MaxSampleCharacters, $"'{s}' is {s.Length} characters"));
        Assert.All(phrases, p => Assert.True(p.Length <= MaxSlotValueCharacters, $"slot value '{p}' is {p.Length} characters"));
        Assert.InRange(phrases.Count, 1, MaxSlotPhrases);
        Assert.InRange(Encoding.UTF8.GetByteCount(File.ReadAllText(ModelPath(locale))), 1, MaxModelBytes);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void SlotTypes_EqualThoseGeneratedFromTaxonomyFeedbackAndCatalog(string locale)
    {
        var generated = InteractionModelTypes.Serialize(SlotTypeCatalog.Build(Catalog.Value, SkillLocales.Find(locale)!));

        Assert.True(JsonNode.DeepEquals(generated, LanguageModel(locale)["types"]), $"{locale}: slot types differ from the taxonomy/catalog; run `musicskill catalog interaction-model --write`.");
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void SlotTypes_HaveNoSynonymShared(string locale)
    {
        foreach (var type in SlotTypeCatalog.Build(Catalog.Value, SkillLocales.Find(locale)!))
        {
            var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in type.Values)
            {
                foreach (var word in value.Synonyms.Prepend(value.Value))
                {
                    Assert.True(owner.TryAdd(word, value.Id) || owner[word] == value.Id, $"{type.Name}: '{word}' means both {owner.GetValueOrDefault(word)} and {value.Id}");
                }
            }
        }
    }

    [Fact]
    public void Generator_RefusesATemplateThatDoesNotClose()
    {
        Assert.Throws<FormatException>(() => SampleTemplate.Expand("play [some|any {genre}").ToList());
    }

    [Fact]
    public void Template_ExpandsAlternativesAndOptionalWords()
    {
        Assert.Equal(["can you play {genre}", "play {genre}"], SampleTemplate.Expand("[can you|] play {genre}"));
        Assert.Equal(["play some {genre} please", "play some {genre}"], SampleTemplate.Around(["play … [please|]"], ["some {genre}"]));
    }

    [Fact]
    public void NameFreeRequests_AreFindMusicSamples()
    {
        // What the name-free entry (CanFulfill) is asked with must reach the start of the conversation.
        var find = Intents("en-US").Single(i => i["name"]!.GetValue<string>() == IntentNames.FindMusic)["samples"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet();

        Assert.Subset(find, new HashSet<string> { "help me find music", "help me find some music", "recommend some music", "find me some music", "find me something to listen to" });
    }

    internal static string ModelPath(string locale) => RepositoryPaths.Combine("skill-package", "interactionModels", "custom", locale + ".json");

    private static JsonNode Load(string locale) => JsonNode.Parse(File.ReadAllText(ModelPath(locale)))!;

    private static JsonNode LanguageModel(string locale) => Load(locale)["interactionModel"]!["languageModel"]!;

    private static IEnumerable<JsonNode> Intents(string locale) => LanguageModel(locale)["intents"]!.AsArray().Select(i => i!);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex SlotReference();

    /// <summary>Lower-case letters and spaces, two words or more (ASK's rule for an invocation name).</summary>
    [GeneratedRegex(@"^[a-z]+( [a-z]+)+$")]
    private static partial Regex InvocationNameRule();

    [GeneratedRegex(@"^([a-z0-9']+|\{\w+\})( ([a-z0-9']+|\{\w+\}))*$")]
    private static partial Regex SampleRule();
}
