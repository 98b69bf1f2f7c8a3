using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// One reading of a phrasing: the act and the attribute ids <see cref="MeaningInterpreter"/> should produce. A heard
/// meaning matches when its act is this act and its six ids are exactly these (a missing id or an extra one is a miss).
/// </summary>
internal sealed record ExpectedMeaning(UserAct Act, IReadOnlyDictionary<string, string> Slots)
{
    /// <summary>The slot kinds a row may name, as <see cref="SlotNames"/> spells them.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        [SlotNames.Mood, SlotNames.Genre, SlotNames.Era, SlotNames.Artist, SlotNames.Activity, SlotNames.Feedback];

    /// <summary>Parses an act name and <c>kind=ID;kind=ID</c> (empty or <c>-</c> for none); throws on bad syntax.</summary>
    public static ExpectedMeaning Parse(string act, string slots)
    {
        if (!Enum.TryParse<UserAct>(act, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || act.Any(char.IsDigit))
        {
            throw new FormatException($"'{act}' is not a UserAct name");
        }

        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in slots is "" or "-" ? [] : slots.Split(';'))
        {
            var (kind, id) = pair.Split('=') is [var k, var v] ? (k.Trim(), v.Trim()) : throw new FormatException($"'{pair}' is not kind=ID");
            if (!Kinds.Contains(kind) || id.Length == 0 || !map.TryAdd(kind, id))
            {
                throw new FormatException($"'{pair}': unknown or repeated slot kind, or an empty id");
            }
        }

        return new ExpectedMeaning(parsed, map);
    }

    /// <summary>The ids a heard meaning carries, by slot kind (absent kinds left out).</summary>
    public static IReadOnlyDictionary<string, string> SlotsOf(UserMeaning meaning)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, id) in new[]
        {
            (SlotNames.Mood, meaning.Mood), (SlotNames.Genre, meaning.Genre), (SlotNames.Era, meaning.Era),
            (SlotNames.Artist, meaning.Artist), (SlotNames.Activity, meaning.Activity), (SlotNames.Feedback, meaning.Feedback),
        })
        {
            if (id is not null)
            {
                map[kind] = id;
            }
        }

        return map;
    }

    public static string Describe(UserMeaning meaning) => new ExpectedMeaning(meaning.Act, SlotsOf(meaning)).ToString();

    public bool Matches(UserMeaning meaning)
    {
        var heard = SlotsOf(meaning);
        return meaning.Act == Act && heard.Count == Slots.Count
            && Slots.All(s => heard.TryGetValue(s.Key, out var id) && id == s.Value);
    }

    public override string ToString() =>
        Slots.Count == 0 ? Act.ToString() : $"{Act} {string.Join(';', Slots.Select(s => $"{s.Key}={s.Value}"))}";
}
