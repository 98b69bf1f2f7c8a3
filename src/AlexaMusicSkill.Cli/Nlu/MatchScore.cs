namespace AlexaMusicSkill.Cli.Nlu;

/// <summary>
/// How well a sample explains an utterance, compared lexicographically:
/// 1. more words explained (matched literally, or inside a slot value the slot type knows);
/// 2. more literal words (a sample that says the words beats a slot that swallows them);
/// 3. fewer slots filled with text the slot type does not know (ER_SUCCESS_NO_MATCH): ignoring a filler word
///    ("yeah sure" → yes) beats stuffing it into a slot;
/// 4. fewer words skipped (an exact sample beats a partial one).
/// Sums of scores compare the same way, so the best alignment can be found part by part.
/// </summary>
internal readonly record struct MatchScore(int Explained, int Literals, int UnknownSlots, int Skipped) : IComparable<MatchScore>
{
    public static MatchScore Zero => default;

    public static MatchScore operator +(MatchScore a, MatchScore b) =>
        new(a.Explained + b.Explained, a.Literals + b.Literals, a.UnknownSlots + b.UnknownSlots, a.Skipped + b.Skipped);

    public int CompareTo(MatchScore other)
    {
        var c = Explained.CompareTo(other.Explained);
        c = c != 0 ? c : Literals.CompareTo(other.Literals);
        c = c != 0 ? c : other.UnknownSlots.CompareTo(UnknownSlots);
        return c != 0 ? c : other.Skipped.CompareTo(Skipped);
    }

    /// <summary>
    /// Whether the match counts at all: something must anchor it (a literal word or a known slot value), and at
    /// least as many words must be explained as skipped; otherwise Alexa would fall back.
    /// </summary>
    public bool IsAcceptable => Explained > 0 && Skipped <= Explained;
}
