using AlexaMusicSkill.SkillPackage;

namespace AlexaMusicSkill.Cli.Nlu;

/// <summary>
/// A local stand-in for Alexa's NLU: matches typed text against the interaction model's sample utterances (and the
/// built-in intents' usual phrases), filling <c>{slot}</c> placeholders with any words and resolving them against the
/// slot types' values and synonyms. The best <see cref="MatchScore"/> wins; ties go to the sample declared first.
/// Nothing acceptable → AMAZON.FallbackIntent.
/// </summary>
internal sealed class UtteranceMatcher
{
    /// <summary>The most words one slot may take; longer spans are never a value and only slow matching down.</summary>
    private const int MaxSlotWords = 8;

    private readonly InteractionModel _model;
    private readonly List<SamplePattern> _patterns = [];
    private readonly Dictionary<string, SlotValueIndex> _types = new(StringComparer.Ordinal);

    public UtteranceMatcher(InteractionModel model)
    {
        _model = model;
        foreach (var type in model.Types.Values)
        {
            _types[type.Name] = new SlotValueIndex(type);
        }

        var order = 0;
        foreach (var intent in model.Intents)
        {
            var samples = intent.Samples.AsEnumerable();
            if (BuiltInIntentPhrases.Phrases.TryGetValue(intent.Name, out var builtIn))
            {
                samples = samples.Concat(builtIn);
            }

            foreach (var sample in samples.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                _patterns.Add(SamplePattern.Compile(intent.Name, sample, order++));
            }
        }
    }

    public InteractionModel Model => _model;

    public UtteranceMatch Match(string text) => Match(Word.Split(text));

    public UtteranceMatch Match(IReadOnlyList<Word> words)
    {
        if (words.Count == 0)
        {
            return UtteranceMatch.Fallback();
        }

        // Every literal of a sample must be said (only words can be skipped, never parts), so a sample whose literals
        // the utterance lacks cannot match: checking that first keeps matching fast with thousands of samples.
        var said = words.CountBy(w => w.Key).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var spans = new Dictionary<(string? Type, int Start, int Length), (string Heard, SlotTypeValue? Value)>();
        UtteranceMatch? best = null;
        foreach (var pattern in _patterns)
        {
            if (!CanMatch(pattern, words.Count, said))
            {
                continue;
            }

            var candidate = Align(pattern, words, spans);
            if (candidate is not null && candidate.Score.IsAcceptable && (best is null || candidate.Score.CompareTo(best.Score) > 0))
            {
                best = candidate;
            }
        }

        return best ?? UtteranceMatch.Fallback();
    }

    /// <summary>Fills a slot with the given text, resolved against its type like a spoken value.</summary>
    public SlotFill Resolve(ModelSlot slot, string text)
    {
        var words = Word.Split(text);
        return words.Count == 0
            ? new SlotFill(slot.Name, slot.Type, text, null, null)
            : Fill(slot.Name, slot.Type, words, 0, words.Count, []) with { Heard = text.Trim().ToLowerInvariant() };
    }

    private static bool CanMatch(SamplePattern pattern, int wordCount, Dictionary<string, int> said)
    {
        if (pattern.Parts.Count > wordCount)
        {
            return false;
        }

        foreach (var (literal, needed) in pattern.LiteralCounts)
        {
            if (said.GetValueOrDefault(literal) < needed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The best alignment of the words to the pattern (dynamic programming over pattern × word positions).</summary>
    private UtteranceMatch? Align(SamplePattern pattern, IReadOnlyList<Word> words, Dictionary<(string? Type, int Start, int Length), (string Heard, SlotTypeValue? Value)> spans)
    {
        var parts = pattern.Parts;
        var intent = _model.FindIntent(pattern.Intent)!;
        var n = words.Count;
        var best = new Step?[parts.Count + 1, n + 1];

        // best[p, w]: the best way to explain words[w..] with parts[p..]; filled from the end.
        best[parts.Count, n] = new Step(MatchScore.Zero, 0, 0, null);
        for (var w = n - 1; w >= 0; w--)
        {
            best[parts.Count, w] = Skip(best[parts.Count, w + 1]!.Value);
        }

        for (var p = parts.Count - 1; p >= 0; p--)
        {
            var part = parts[p];
            var slotType = part.Slot is { } slotName ? intent.FindSlot(slotName)?.Type : null;
            for (var w = n; w >= 0; w--)
            {
                Step? here = null;
                if (w < n && best[p, w + 1] is { } skip)
                {
                    here = Better(here, Skip(skip));
                }

                if (part.Literal is { } literal)
                {
                    if (w < n && words[w].Key == literal && best[p + 1, w + 1] is { } next)
                    {
                        here = Better(here, new Step(next.Score + new MatchScore(Explained: 1, Literals: 1, UnknownSlots: 0, Skipped: 0), 1, 1, null));
                    }
                }
                else
                {
                    for (var length = 1; length <= MaxSlotWords && w + length <= n; length++)
                    {
                        if (best[p + 1, w + length] is not { } next)
                        {
                            continue;
                        }

                        var fill = Fill(part.Slot!, slotType, words, w, length, spans);
                        var gain = fill.Resolved ? new MatchScore(length, 0, 0, 0) : new MatchScore(0, 0, UnknownSlots: 1, Skipped: 0);
                        here = Better(here, new Step(next.Score + gain, 1, length, fill));
                    }
                }

                best[p, w] = here;
            }
        }

        if (best[0, 0] is not { } start)
        {
            return null;
        }

        return new UtteranceMatch(pattern.Intent, pattern.Sample, Trace(best, parts.Count, n), start.Score);
    }

    private static List<SlotFill> Trace(Step?[,] best, int partCount, int wordCount)
    {
        var fills = new List<SlotFill>();
        var (p, w) = (0, 0);
        while (p < partCount || w < wordCount)
        {
            var step = best[p, w]!.Value;
            if (step.Fill is { } fill)
            {
                fills.Add(fill);
            }

            p += step.PartsUsed;
            w += step.WordsUsed;
        }

        return fills;
    }

    /// <summary>A slot filled with words[start..start+length]; the span's resolution is computed once per utterance.</summary>
    private SlotFill Fill(string slot, string? type, IReadOnlyList<Word> words, int start, int length, Dictionary<(string? Type, int Start, int Length), (string Heard, SlotTypeValue? Value)> spans)
    {
        if (!spans.TryGetValue((type, start, length), out var resolved))
        {
            var span = words.Skip(start).Take(length).ToList();
            var value = type is not null && _types.TryGetValue(type, out var index) && length <= Math.Max(index.LongestPhrase, 1)
                ? index.Resolve(string.Join(' ', span.Select(x => x.Key)))
                : null;
            resolved = (string.Join(' ', span.Select(x => x.Heard)), value);
            spans[(type, start, length)] = resolved;
        }

        return new SlotFill(slot, type ?? string.Empty, resolved.Heard, resolved.Value?.Id, resolved.Value?.Value);
    }

    private static Step Skip(Step next) => new(next.Score + new MatchScore(0, 0, UnknownSlots: 0, Skipped: 1), 0, 1, null);

    private static Step? Better(Step? current, Step candidate) =>
        current is null || candidate.Score.CompareTo(current.Value.Score) > 0 ? candidate : current;

    /// <summary>One decision of the alignment: the score from here to the end and what this step consumed.</summary>
    private readonly record struct Step(MatchScore Score, int PartsUsed, int WordsUsed, SlotFill? Fill);
}
