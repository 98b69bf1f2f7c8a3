namespace AlexaMusicSkill.SkillPackage;

/// <summary>One custom slot type of the interaction model: values with ids and synonyms.</summary>
public sealed record SlotTypeDefinition(string Name, IReadOnlyList<SlotTypeValue> Values);

public sealed record SlotTypeValue(string Id, string Value, IReadOnlyList<string> Synonyms);
