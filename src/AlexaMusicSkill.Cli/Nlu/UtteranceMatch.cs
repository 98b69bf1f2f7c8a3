namespace AlexaMusicSkill.Cli.Nlu;

/// <summary>
/// What the local NLU understood: the intent, the sample that matched (null for the fallback), the slots it filled
/// and how well it matched.
/// </summary>
internal sealed record UtteranceMatch(string Intent, string? Sample, IReadOnlyList<SlotFill> Slots, MatchScore Score)
{
    public const string FallbackIntent = "AMAZON.FallbackIntent";

    public bool IsFallback => Sample is null;

    public SlotFill? Slot(string name) => Slots.FirstOrDefault(s => s.Name == name);

    public static UtteranceMatch Fallback() => new(FallbackIntent, null, [], MatchScore.Zero);
}

/// <summary>
/// One filled slot: the words heard, and the resolved value id and canonical name when the slot type knows them
/// (null id: the text filled the slot but matched no value, ER_SUCCESS_NO_MATCH).
/// </summary>
internal sealed record SlotFill(string Name, string Type, string Heard, string? Id, string? CanonicalName)
{
    public bool Resolved => Id is not null;
}
