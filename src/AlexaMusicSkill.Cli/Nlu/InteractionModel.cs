using System.Text.Json;
using AlexaMusicSkill.SkillPackage;

namespace AlexaMusicSkill.Cli.Nlu;

/// <summary>
/// The parts of an ASK interaction model (<c>skill-package/interactionModels/custom/en-US.json</c>) a local NLU
/// needs: the invocation name, intents with their slots and samples, and the custom slot types.
/// </summary>
internal sealed record InteractionModel(string InvocationName, IReadOnlyList<ModelIntent> Intents, IReadOnlyDictionary<string, SlotTypeDefinition> Types)
{
    public const string EmbeddedResourceName = "AlexaMusicSkill.Cli.InteractionModel.en-US.json";

    public ModelIntent? FindIntent(string name) => Intents.FirstOrDefault(i => i.Name == name);

    /// <summary>The model this tool was built with (embedded from skill-package/).</summary>
    public static InteractionModel Embedded()
    {
        using var stream = typeof(InteractionModel).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded interaction model {EmbeddedResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "the embedded interaction model");
    }

    public static InteractionModel Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"Cannot read the interaction model {path}: {e.Message}", inner: e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses an interaction model (<c>{"interactionModel":{"languageModel":…}}</c> or a bare languageModel).</summary>
    public static InteractionModel Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var language = root.TryGetProperty("interactionModel", out var im) ? im.GetProperty("languageModel") : root;
            var invocation = language.GetProperty("invocationName").GetString() ?? string.Empty;
            var intents = language.GetProperty("intents").EnumerateArray().Select(ReadIntent).ToList();
            var types = language.TryGetProperty("types", out var t) ? t.EnumerateArray().Select(ReadType).ToList() : [];
            return new InteractionModel(invocation, intents, types.ToDictionary(x => x.Name, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new UserErrorException($"{source} is not a valid interaction model: {e.Message}", inner: e);
        }
    }

    private static ModelIntent ReadIntent(JsonElement intent)
    {
        var slots = intent.TryGetProperty("slots", out var s)
            ? s.EnumerateArray().Select(x => new ModelSlot(x.GetProperty("name").GetString()!, x.GetProperty("type").GetString()!)).ToList()
            : [];
        var samples = intent.TryGetProperty("samples", out var samplesElement)
            ? samplesElement.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
        return new ModelIntent(intent.GetProperty("name").GetString()!, slots, samples);
    }

    private static SlotTypeDefinition ReadType(JsonElement type)
    {
        var values = type.GetProperty("values").EnumerateArray().Select(v =>
        {
            var name = v.GetProperty("name");
            var synonyms = name.TryGetProperty("synonyms", out var syn) ? syn.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var value = name.GetProperty("value").GetString()!;
            return new SlotTypeValue(v.TryGetProperty("id", out var id) ? id.GetString()! : value, value, synonyms);
        }).ToList();
        return new SlotTypeDefinition(type.GetProperty("name").GetString()!, values);
    }
}

internal sealed record ModelIntent(string Name, IReadOnlyList<ModelSlot> Slots, IReadOnlyList<string> Samples)
{
    public ModelSlot? FindSlot(string name) => Slots.FirstOrDefault(s => s.Name == name);
}

internal sealed record ModelSlot(string Name, string Type);
