using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlexaMusicSkill.SkillPackage;

/// <summary>
/// The generated slot types as the interaction model's <c>types</c> JSON, and the committed model file with its
/// <c>types</c> replaced. One writer, so the consistency test and <c>musicskill catalog interaction-model --write</c>
/// produce the same bytes.
/// </summary>
public static class InteractionModelTypes
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

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

    /// <summary>The whole model file's text with its types replaced, indented, ending in a newline.</summary>
    public static string ReplaceIn(string modelJson, IReadOnlyList<SlotTypeDefinition> types)
    {
        var model = JsonNode.Parse(modelJson) ?? throw new JsonException("The interaction model is JSON null.");
        var languageModel = model["interactionModel"]?["languageModel"] as JsonObject
            ?? throw new JsonException("The interaction model has no interactionModel.languageModel object.");
        languageModel["types"] = Serialize(types);
        return model.ToJsonString(Indented) + "\n";
    }

    /// <summary>The types as indented JSON (what <c>catalog interaction-model</c> prints).</summary>
    public static string ToText(IReadOnlyList<SlotTypeDefinition> types) => Serialize(types).ToJsonString(Indented);
}
