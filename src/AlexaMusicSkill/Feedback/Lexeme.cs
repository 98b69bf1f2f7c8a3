namespace AlexaMusicSkill.Feedback;

/// <summary>What a word or phrase does in a reaction (VADER-style roles, plus the music complaint roles).</summary>
internal enum LexemeKind : byte
{
    /// <summary>Not in the lexicon: neutral, but it still counts as a position for the look-back windows.</summary>
    Unknown,

    /// <summary>Carries valence on the -4..+4 scale ("love" 3.2, "meh" -1.0); idioms are phrases of this kind.</summary>
    Sentiment,

    /// <summary>Scales the next sentiment within three words: boosters above 1 ("really"), dampeners below ("kind of").</summary>
    Booster,

    /// <summary>Scales the sentiment just before it ("love it so much", "don't like it at all").</summary>
    TrailingBooster,

    /// <summary>Flips (shifts) a sentiment within three words; alone ("absolutely not") it is a mild no.</summary>
    Negator,

    /// <summary>"no": negates only the word right after it ("no good"); otherwise a mild no.</summary>
    No,

    /// <summary>"but": what comes before weighs half, what comes after one and a half.</summary>
    Contrast,

    /// <summary>"i guess", "maybe": the whole reaction is held back.</summary>
    Hedge,

    /// <summary>"too": a complaint about the attribute that follows ("too slow"), or a booster before a sentiment.</summary>
    Too,

    /// <summary>An attribute word ("slow", "dated"); its shift is what the listener wants when it is too much of it.</summary>
    Attribute,

    /// <summary>A comparative that asks for a direction outright ("faster", "newer"); its shift is the direction.</summary>
    Comparative,

    /// <summary>"more" before an attribute asks for more of it ("more energy").</summary>
    More,

    /// <summary>"less" before an attribute asks for less of it ("less intense").</summary>
    Less,

    /// <summary>"enough" after a negated attribute ("not upbeat enough").</summary>
    Enough,
}

/// <summary>One lexicon entry: its role, a value (valence, factor, or a bare attribute's own valence) and a shift.</summary>
internal readonly record struct Lexeme(LexemeKind Kind, double Value = 0, ConstraintShift Shift = ConstraintShift.None);
