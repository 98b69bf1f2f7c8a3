using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlexaMusicSkill.SkillPackage;

/// <summary>
/// The generated slot types as the interaction model's <c>types</c> JSON (one writer for
/// <see cref="InteractionModelDocument"/> and <c>musicskill catalog interaction-model</c>).
/// </summary>
public static class InteractionModelTypes
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonArray Serialize(IReadOnlyList<SlotTypeDefinition> types) =>
        new(types.Select(t => (JsonNode)new JsonObject
        {
            ["name"] = t.Name,
            ["values"] = new JsonArray(t.Values.Select(v => (JsonNode)new JsonObject
            {
                ["id"] = v.Id,
                ["name"] = new JsonObject
                {
                    ["value"] = v.Value,
                    ["synonyms"] = new JsonArray(v.Synonyms.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
                },
            }).ToArray()),
        }).ToArray());

    /// <summary>The model's <c>interactionModel.languageModel.types</c>, or null when the JSON has none.</summary>
    public static JsonNode? Read(JsonNode model) => model["interactionModel"]?["languageModel"]?["types"];

    /// <summary>The types as indented JSON (what <c>catalog interaction-model</c> prints).</summary>
    public static string ToText(IReadOnlyList<SlotTypeDefinition> types) => Serialize(types).ToJsonString(Indented);
}
