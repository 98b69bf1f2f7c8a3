namespace AlexaMusicSkill.SkillPackage;

/// <summary>
/// One English locale of the skill: its code, invocation name, and what its speakers say that the shared English
/// samples and taxonomy synonyms do not already hold (spelling, regional words). Everything else is shared, so every
/// locale understands the same requests the same way.
/// </summary>
/// <param name="ExtraSamples">Sample templates added to an intent, by intent name.</param>
/// <param name="ExtraSynonyms">Synonyms added to a slot value, by slot type name and value id.</param>
public sealed record SkillLocale(
    string Code,
    string InvocationName,
    IReadOnlyDictionary<string, string[]> ExtraSamples,
    IReadOnlyDictionary<(string Type, string Id), string[]> ExtraSynonyms)
{
    public string ModelFileName => Code + ".json";

    public IEnumerable<string> SamplesFor(string intent) => ExtraSamples.GetValueOrDefault(intent) ?? [];

    public IEnumerable<string> SynonymsFor(string type, string id) => ExtraSynonyms.GetValueOrDefault((type, id)) ?? [];
}
