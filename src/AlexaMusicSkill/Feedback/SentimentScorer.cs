
namespace AlexaMusicSkill.Feedback;

/// <summary>
/// Scores a spoken reaction in [-1, 1] from the feedback slot's resolved value and the words it heard, VADER-style
/// (Hutto &amp; Gilbert 2014) but tuned for 1-6 word voice replies with no caps or punctuation: a music-feedback
/// lexicon, boosters and dampeners within three words, negation as a shift rather than a flip ("not amazing" is not
/// the opposite of amazing), contrast ("but": before ×0.5, after ×1.5), idioms, hedges, and complaints about one
/// attribute ("too slow": negative about energy, and the constraint it moves). Stack buffers only; no allocation.
/// </summary>
public static class SentimentScorer
{
    /// <summary>Above this a reaction accepts what was offered when no slot value says otherwise.</summary>
    public const double AcceptAbove = 0.75;

    /// <summary>Below this a reaction rejects what was offered when no slot value says otherwise.</summary>
    public const double RejectBelow = -0.2;

    private const int MaxChars = 256;
    private const int MaxTokens = 64;

    // VADER normalizes with alpha = 15 for sentences; replies of a few words need a smaller one to reach the ends.
    private const double Alpha = 6.0;
    private const double NegationShift = 3.5;
    private const double ComplaintValence = -1.8;
    private const double VagueComplaintValence = -1.4;
    private const double WantValence = -0.9;
    private const double NotEnoughValence = -1.4;
    private const double LoneNoValence = -1.2;
    private const double TooAsBooster = 1.2;

    /// <summary>
    /// The sentiment of a feedback reaction. The words decide when their rules find evidence (so "really love it"
    /// outranks "love it"); the value's curated valence decides when they do not ("sort of"), or is averaged in when
    /// the two disagree in sign. The shift comes from the value, else from the words.
    /// </summary>
    public static SentimentScore Score(string? valueId, string? heardWords)
    {
        var value = FeedbackVocabulary.Find(valueId);
        var words = heardWords is null ? default : ScoreWords(heardWords);
        if (!words.IsKnown)
        {
            return value is null ? SentimentScore.Unknown : SentimentScore.Of(value.Valence, value.Shift, SentimentSource.Vocabulary);
        }

        if (value is null)
        {
            return words;
        }

        var shift = value.Shift != ConstraintShift.None ? value.Shift : words.Shift;
        var agree = Math.Sign(words.Value) == Math.Sign(value.Valence) || Math.Abs(value.Valence) < 0.2;
        return SentimentScore.Of(agree ? words.Value : (words.Value + value.Valence) / 2, shift, SentimentSource.Words);
    }


    /// <summary>The word rules alone (no slot value): unknown when no word carries sentiment.</summary>
    public static SentimentScore ScoreWords(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxChars];
        Span<Range> tokens = stackalloc Range[MaxTokens];
        var length = Normalize(text, buffer, tokens, out var tokenCount);
        if (tokenCount == 0)
        {
            return SentimentScore.Unknown;
        }

        Span<Item> items = stackalloc Item[tokenCount];
        var count = Segment(buffer[..length], tokens[..tokenCount], items);
        var (raw, evidence, shift) = Evaluate(items[..count]);
        return evidence
            ? SentimentScore.Of(raw / Math.Sqrt((raw * raw) + Alpha), shift, SentimentSource.Words)
            : SentimentScore.Unknown;
    }

    /// <summary>Lower case letters, digits and apostrophes; everything else separates words ("laid-back" = "laid back").</summary>
    private static int Normalize(ReadOnlySpan<char> text, Span<char> buffer, Span<Range> tokens, out int tokenCount)
    {
        var length = 0;
        var start = -1;
        tokenCount = 0;
        foreach (var raw in text)
        {
            var c = raw is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || (c == '\'' && start >= 0))
            {
                if (start < 0)
                {
                    if (tokenCount == tokens.Length || length + 2 > buffer.Length)
                    {
                        break;
                    }

                    if (length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    start = length;
                }

                if (length == buffer.Length)
                {
                    break;
                }

                buffer[length++] = c;
            }
            else if (start >= 0)
            {
                tokens[tokenCount++] = start..TrimApostrophes(buffer, start, ref length);
                start = -1;
            }
        }

        if (start >= 0)
        {
            tokens[tokenCount++] = start..TrimApostrophes(buffer, start, ref length);
        }

        return length;
    }

    /// <summary>"lovin'" is "lovin": a word never ends in an apostrophe.</summary>
    private static int TrimApostrophes(Span<char> buffer, int start, ref int length)
    {
        while (length > start + 1 && buffer[length - 1] == '\'')
        {
            length--;
        }

        return length;
    }

    /// <summary>Longest phrase first at each word; words outside the lexicon stay as neutral positions.</summary>
    private static int Segment(ReadOnlySpan<char> text, ReadOnlySpan<Range> tokens, Span<Item> items)
    {
        var count = 0;
        for (var i = 0; i < tokens.Length;)
        {
            var matched = false;
            for (var n = Math.Min(SentimentLexicon.MaxPhraseWords, tokens.Length - i); n >= 1; n--)
            {
                var phrase = text[tokens[i].Start.Value..tokens[i + n - 1].End.Value];
                if (SentimentLexicon.TryGet(phrase, out var lexeme))
                {
                    items[count++] = new Item(lexeme.Kind, lexeme.Value, lexeme.Shift);
                    i += n;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                items[count++] = new Item(LexemeKind.Unknown, 0, ConstraintShift.None);
                i++;
            }
        }

        return count;
    }

    private static (double Raw, bool Evidence, ConstraintShift Shift) Evaluate(Span<Item> items)
    {
        var contrast = LastContrast(items);
        var total = 0.0;
        var hedge = 1.0;
        var evidence = false;
        var shift = ConstraintShift.None;
        var shiftWeight = 0.0;

        for (var k = 0; k < items.Length; k++)
        {
            if (items[k].Used)
            {
                continue;
            }

            if (items[k].Kind == LexemeKind.Hedge)
            {
                hedge *= items[k].Value;
                continue;
            }

            var (valence, itemShift, negatable) = Contribution(items, k);

            if (valence == 0)
            {
                continue;
            }

            var negated = false;
            valence = Modify(items, k, valence, negatable, ref negated);
            if (negated)
            {
                itemShift = ConstraintShift.None; // "not too slow" complains about nothing.
            }

            valence *= contrast < 0 ? 1.0 : k < contrast ? 0.5 : 1.5;
            total += valence;
            evidence = true;
            if (itemShift != ConstraintShift.None && Math.Abs(valence) > shiftWeight)
            {
                shift = itemShift;
                shiftWeight = Math.Abs(valence);
            }
        }

        return (total * hedge, evidence, shift);
    }

    /// <summary>What item <paramref name="k"/> says by itself (before boosters, negation and contrast); 0 for nothing.</summary>
    private static (double Valence, ConstraintShift Shift, bool Negatable) Contribution(Span<Item> items, int k)
    {
        var item = items[k];
        switch (item.Kind)
        {
            case LexemeKind.Sentiment:
                return (item.Value, ConstraintShift.None, true);

            case LexemeKind.Too:
                var attribute = AttributeAfter(items, k);
                if (attribute >= 0)
                {
                    items[attribute].Used = true;
                    return (ComplaintValence, items[attribute].Shift, true);
                }

                // "too good" boosts the word after it; a trailing "too" ("me too") says nothing.
                var next = NextMeaningful(items, k);
                return next < 0 || items[next].Kind == LexemeKind.Sentiment
                    ? (0, ConstraintShift.None, true)
                    : (VagueComplaintValence, ConstraintShift.None, true);

            case LexemeKind.Attribute:
                if (k > 0 && items[k - 1].Kind == LexemeKind.More)
                {
                    return (WantValence, Opposite(item.Shift), false);
                }

                if (k > 0 && items[k - 1].Kind == LexemeKind.Less)
                {
                    return (WantValence, item.Shift, false);
                }

                if (k + 1 < items.Length && items[k + 1].Kind == LexemeKind.Enough && NegatorBefore(items, k) >= 0)
                {
                    items[k + 1].Used = true;
                    return (NotEnoughValence, Opposite(item.Shift), false);
                }

                if (DampenerBefore(items, k))
                {
                    return (ComplaintValence, item.Shift, true); // "a bit slow" is a complaint, held back by "a bit".
                }

                return item.Value < 0 ? (item.Value, item.Shift, true) : (0, ConstraintShift.None, true);

            case LexemeKind.Comparative:
                return (WantValence, item.Shift, false);

            case LexemeKind.No:
                return k + 1 < items.Length && BearsSentiment(items[k + 1].Kind) ? (0, ConstraintShift.None, false) : (LoneNoValence, ConstraintShift.None, false);

            case LexemeKind.Negator:
                return NegatesSomething(items, k) ? (0, ConstraintShift.None, false) : (LoneNoValence, ConstraintShift.None, false);

            default:
                return (0, ConstraintShift.None, false);
        }
    }

    /// <summary>
    /// Boosters and dampeners within three items before (VADER's distance decay: full, ×0.95, ×0.9 of the effect),
    /// a "too" right before a sentiment word, the negation shift, and a trailing booster ("so much", "at all").
    /// A booster before the negator scales the negated result ("really not bad"); one after it, the word ("not very good").
    /// </summary>
    private static double Modify(Span<Item> items, int k, double valence, bool negatable, ref bool negated)
    {
        var negator = negatable ? NegatorBefore(items, k) : -1;
        var inner = 1.0;
        var outer = 1.0;
        for (var j = k - 1; j >= Math.Max(0, k - 3); j--)
        {
            var kind = items[j].Kind;
            if (kind == LexemeKind.Contrast)
            {
                break;
            }

            if (kind == LexemeKind.Booster)
            {
                var factor = 1.0 + ((items[j].Value - 1.0) * (k - j) switch { 1 => 1.0, 2 => 0.95, _ => 0.9 });
                if (negator >= 0 && j < negator)
                {
                    outer *= factor;
                }
                else
                {
                    inner *= factor;
                }
            }
            else if (kind == LexemeKind.Too && j == k - 1 && items[k].Kind == LexemeKind.Sentiment)
            {
                inner *= TooAsBooster;
            }
        }

        // A lone "not" / "no" takes the boosters after it too: "not really", "no not at all".
        if (!negatable && items[k].Kind is LexemeKind.Negator or LexemeKind.No)
        {
            for (var j = k + 1; j < Math.Min(items.Length, k + 3); j++)
            {
                if (items[j].Kind == LexemeKind.Booster)
                {
                    inner *= items[j].Value;
                }
            }
        }

        valence *= inner;
        if (negator >= 0)
        {
            valence -= Math.Sign(valence) * Math.Min(NegationShift, Math.Abs(valence) + 1.5);
            negated = true;
        }

        valence *= outer;
        for (var j = k + 1; j < Math.Min(items.Length, k + 4); j++)
        {
            if (items[j].Kind is LexemeKind.Contrast or LexemeKind.Sentiment)
            {
                break;
            }

            if (items[j].Kind == LexemeKind.TrailingBooster)
            {
                valence *= items[j].Value;
                break;
            }
        }

        return valence;
    }

    /// <summary>A negator within three items before <paramref name="k"/> (a "no" only right before), not across "but".</summary>
    private static int NegatorBefore(Span<Item> items, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 3); j--)
        {
            switch (items[j].Kind)
            {
                case LexemeKind.Contrast:
                    return -1;
                case LexemeKind.Negator:
                    return j;
                case LexemeKind.No when j == k - 1:
                    return j;
            }
        }

        return -1;
    }

    private static bool NegatesSomething(Span<Item> items, int k)
    {
        for (var j = k + 1; j < Math.Min(items.Length, k + 4); j++)
        {
            if (items[j].Kind == LexemeKind.Contrast)
            {
                return false;
            }

            if (BearsSentiment(items[j].Kind))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BearsSentiment(LexemeKind kind) =>
        kind is LexemeKind.Sentiment or LexemeKind.Too or LexemeKind.Attribute;

    /// <summary>The attribute a "too" complains about: within three items, skipping fillers ("too old fashioned", "too poppy these days").</summary>
    private static int AttributeAfter(Span<Item> items, int k)
    {
        for (var j = k + 1; j < Math.Min(items.Length, k + 4); j++)
        {
            switch (items[j].Kind)
            {
                case LexemeKind.Attribute when !items[j].Used:
                    return j;
                case LexemeKind.Unknown or LexemeKind.Booster:
                    continue;
                default:
                    return -1;
            }
        }

        return -1;
    }

    private static int NextMeaningful(Span<Item> items, int k)
    {
        for (var j = k + 1; j < items.Length; j++)
        {
            if (items[j].Kind != LexemeKind.Booster)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool DampenerBefore(Span<Item> items, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 2); j--)
        {
            if (items[j].Kind == LexemeKind.Booster && items[j].Value < 1.0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the last "but" with something sentiment-bearing after it, or -1.</summary>
    private static int LastContrast(Span<Item> items)
    {
        for (var k = items.Length - 1; k >= 0; k--)
        {
            if (items[k].Kind != LexemeKind.Contrast)
            {
                continue;
            }

            for (var j = k + 1; j < items.Length; j++)
            {
                if (items[j].Kind is LexemeKind.Sentiment or LexemeKind.Too or LexemeKind.Attribute or LexemeKind.Comparative
                    or LexemeKind.Negator or LexemeKind.No)
                {
                    return k;
                }
            }
        }

        return -1;
    }

    internal static ConstraintShift Opposite(ConstraintShift shift) => shift switch
    {
        ConstraintShift.MoreEnergy => ConstraintShift.LessEnergy,
        ConstraintShift.LessEnergy => ConstraintShift.MoreEnergy,
        ConstraintShift.Newer => ConstraintShift.Older,
        ConstraintShift.Older => ConstraintShift.Newer,
        _ => ConstraintShift.None,
    };

    private struct Item(LexemeKind kind, double value, ConstraintShift shift)
    {
        public readonly LexemeKind Kind = kind;
        public readonly double Value = value;
        public readonly ConstraintShift Shift = shift;
        public bool Used;
    }
}
