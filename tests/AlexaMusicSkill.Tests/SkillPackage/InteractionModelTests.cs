using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.SkillPackage;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.SkillPackage;

/// <summary>
/// The committed interaction model agrees with the code: the intents are exactly the dispatch table's, slot types are
/// exactly the generated ones (taxonomy, feedback vocabulary, built-in catalog), samples use declared slots only,
/// and no sample belongs to two intents. Set UPDATE_SKILL_PACKAGE=1 to rewrite the generated slot types.
/// </summary>
public sealed partial class InteractionModelTests
{
    private static readonly string ModelPath = RepositoryPaths.Combine("skill-package", "interactionModels", "custom", "en-US.json");

    [Fact]
    public void Model_HasOurInvocationNameAndNoDialogDelegation()
    {
        var model = Load();
        Assert.Equal("music finder", model["interactionModel"]!["languageModel"]!["invocationName"]!.GetValue<string>());
        Assert.Null(model["interactionModel"]!["dialog"]);
        Assert.Null(model["interactionModel"]!["prompts"]);
    }

    [Fact]
    public void Intents_AreExactlyTheDispatchTables()
    {
        var declared = Intents().Select(i => i["name"]!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(IntentDispatchTable.Acts.Keys.Order(StringComparer.Ordinal), declared);
    }

    [Fact]
    public void Samples_UseOnlyDeclaredSlotsAndDeclaredTypes()
    {
        var types = LanguageModel()["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToHashSet();
        foreach (var intent in Intents())
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

    [Fact]
    public void Samples_BelongToOneIntentEach()
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var intent in Intents())
        {
            foreach (var sample in intent["samples"]!.AsArray().Select(s => s!.GetValue<string>().Trim()))
            {
                var name = intent["name"]!.GetValue<string>();
                Assert.True(owners.TryAdd(sample, name), $"'{sample}' belongs to {owners.GetValueOrDefault(sample)} and {name}");
            }
        }

        Assert.True(owners.Count >= 250, $"only {owners.Count} samples");
    }

    [Fact]
    public void SlotTypes_EqualThoseGeneratedFromTaxonomyFeedbackAndCatalog()
    {
        var types = SlotTypeCatalog.Build(BuiltInCatalog.Load("https://media.example.com"));
        var generated = InteractionModelTypes.Serialize(types);
        if (Environment.GetEnvironmentVariable("UPDATE_SKILL_PACKAGE") == "1")
        {
            File.WriteAllText(ModelPath, InteractionModelTypes.ReplaceIn(File.ReadAllText(ModelPath), types));
        }

        Assert.True(JsonNode.DeepEquals(generated, LanguageModel()["types"]), "skill-package slot types differ from the taxonomy/catalog; run with UPDATE_SKILL_PACKAGE=1 (or `musicskill catalog interaction-model --write`).");
    }

    [Fact]
    public void ReplaceIn_CommittedModelWithGeneratedTypes_IsByteIdentical()
    {
        var committed = File.ReadAllText(ModelPath);
        var types = SlotTypeCatalog.Build(BuiltInCatalog.Load("https://media.example.com"));

        Assert.Equal(committed, InteractionModelTypes.ReplaceIn(committed, types));
    }

    [Fact]
    public void SlotTypes_HaveNoSynonymShared()
    {
        foreach (var type in SlotTypeCatalog.Build(BuiltInCatalog.Load("https://media.example.com")))
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

    private static JsonNode Load() => JsonNode.Parse(File.ReadAllText(ModelPath))!;

    private static JsonNode LanguageModel() => Load()["interactionModel"]!["languageModel"]!;

    private static IEnumerable<JsonNode> Intents() => LanguageModel()["intents"]!.AsArray().Select(i => i!);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex SlotReference();
}
