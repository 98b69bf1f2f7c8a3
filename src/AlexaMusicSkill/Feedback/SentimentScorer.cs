
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
        var length = SentimentTokens.Normalize(text, buffer, tokens, out var tokenCount);
        if (tokenCount == 0)
        {
            return SentimentScore.Unknown;
        }

        Span<SentimentItem> items = stackalloc SentimentItem[tokenCount];
        var count = SentimentTokens.Segment(buffer[..length], tokens[..tokenCount], items);
        var (raw, evidence, shift) = SentimentRules.Evaluate(items[..count]);
        return evidence
            ? SentimentScore.Of(raw / Math.Sqrt((raw * raw) + Alpha), shift, SentimentSource.Words)
            : SentimentScore.Unknown;
    }
}
