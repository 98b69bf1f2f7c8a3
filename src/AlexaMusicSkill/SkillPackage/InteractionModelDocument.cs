using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.SkillPackage;

/// <summary>
/// The whole interaction model of one locale, generated: invocation name, intents with their slots and expanded
/// samples (<see cref="IntentSamples"/> plus the locale's own), and the slot types (<see cref="SlotTypeCatalog"/>).
/// The committed <c>skill-package/interactionModels/custom/&lt;locale&gt;.json</c> files are exactly this text
/// (a test compares bytes; <c>musicskill catalog interaction-model --write</c> rewrites them).
/// </summary>
public static class InteractionModelDocument
{
    /// <summary>Readable apostrophes and accents in the committed file; it is JSON for ASK, never embedded in HTML.</summary>
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, string> TypeOfSlot = new(StringComparer.Ordinal)
    {
        [SlotNames.Mood] = SlotTypeNames.Mood,
        [SlotNames.Genre] = SlotTypeNames.Genre,
        [SlotNames.Era] = SlotTypeNames.Era,
        [SlotNames.Artist] = SlotTypeNames.Artist,
        [SlotNames.Activity] = SlotTypeNames.Activity,
        [SlotNames.Feedback] = SlotTypeNames.Feedback,
    };

    /// <summary>The model file's text: indented JSON ending in a newline.</summary>
    public static string Text(SkillLocale locale, ICatalog catalog) => Build(locale, catalog).ToJsonString(Indented) + "\n";

    public static JsonObject Build(SkillLocale locale, ICatalog catalog) => new()
    {
        ["interactionModel"] = new JsonObject
        {
            ["languageModel"] = new JsonObject
            {
                ["invocationName"] = locale.InvocationName,
                ["intents"] = new JsonArray(Intents(locale).Select(IntentJson).ToArray()),
                ["types"] = InteractionModelTypes.Serialize(SlotTypeCatalog.Build(catalog, locale)),
            },
        },
    };

    /// <summary>Every intent with its expanded samples; throws when one sample would belong to two intents.</summary>
    public static IReadOnlyList<GeneratedIntent> Intents(SkillLocale locale)
    {
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var intents = new List<GeneratedIntent>();
        var conflicts = new List<string>();
        foreach (var intent in IntentSamples.All)
        {
            var samples = new List<string>();
            foreach (var sample in SampleTemplate.ExpandAll(intent.Templates.Concat(locale.SamplesFor(intent.Name))))
            {
                if (owner.TryAdd(sample, intent.Name))
                {
                    samples.Add(sample);
                }
                else if (owner[sample] != intent.Name)
                {
                    conflicts.Add($"'{sample}' would be a sample of both {owner[sample]} and {intent.Name}");
                }
            }

            intents.Add(new GeneratedIntent(intent.Name, intent.Slots.Select(s => (s, TypeOfSlot[s])).ToList(), samples));
        }

        return conflicts.Count == 0 ? intents : throw new InvalidOperationException(string.Join("\n", conflicts));
    }

    private static JsonNode IntentJson(GeneratedIntent intent)
    {
        var json = new JsonObject { ["name"] = intent.Name };
        if (intent.Slots.Count > 0)
        {
            json["slots"] = new JsonArray(intent.Slots.Select(s => (JsonNode)new JsonObject { ["name"] = s.Name, ["type"] = s.Type }).ToArray());
        }

        json["samples"] = new JsonArray(intent.Samples.Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        return json;
    }
}

/// <summary>One generated intent: its slots (name, type) and samples in declaration order.</summary>
public sealed record GeneratedIntent(string Name, IReadOnlyList<(string Name, string Type)> Slots, IReadOnlyList<string> Samples);
