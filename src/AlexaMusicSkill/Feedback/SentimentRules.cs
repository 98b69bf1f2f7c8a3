namespace AlexaMusicSkill.Feedback;

/// <summary>
/// The rules that turn a segmented reaction into raw sentiment (VADER-style; see <see cref="SentimentScorer"/>): each
/// item's own valence, boosters and dampeners within three items, negation as a shift, contrast around the last "but",
/// hedges, and complaints about one attribute ("too slow") with the constraint they move.
/// </summary>
internal static class SentimentRules
{
    private const double NegationShift = 3.5;
    private const double ComplaintValence = -1.8;
    private const double VagueComplaintValence = -1.4;
    private const double WantValence = -0.9;
    private const double NotEnoughValence = -1.4;
    private const double LoneNoValence = -1.2;
    private const double TooAsBooster = 1.2;

    public static (double Raw, bool Evidence, ConstraintShift Shift) Evaluate(Span<SentimentItem> items)
    {
        var contrast = SentimentNeighbours.LastContrast(items);
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
    private static (double Valence, ConstraintShift Shift, bool Negatable) Contribution(Span<SentimentItem> items, int k)
    {
        var item = items[k];
        switch (item.Kind)
        {
            case LexemeKind.Sentiment:
                return (item.Value, ConstraintShift.None, true);

            case LexemeKind.Too:
                var attribute = SentimentNeighbours.AttributeAfter(items, k);
                if (attribute >= 0)
                {
                    items[attribute].Used = true;
                    return (ComplaintValence, items[attribute].Shift, true);
                }

                // "too good" boosts the word after it; a trailing "too" ("me too") says nothing.
                var next = SentimentNeighbours.NextMeaningful(items, k);
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

                if (k + 1 < items.Length && items[k + 1].Kind == LexemeKind.Enough && SentimentNeighbours.NegatorBefore(items, k) >= 0)
                {
                    items[k + 1].Used = true;
                    return (NotEnoughValence, Opposite(item.Shift), false);
                }

                if (SentimentNeighbours.DampenerBefore(items, k))
                {
                    return (ComplaintValence, item.Shift, true); // "a bit slow" is a complaint, held back by "a bit".
                }

                return item.Value < 0 ? (item.Value, item.Shift, true) : (0, ConstraintShift.None, true);

            case LexemeKind.Comparative:
                return (WantValence, item.Shift, false);

            case LexemeKind.No:
                return k + 1 < items.Length && SentimentNeighbours.BearsSentiment(items[k + 1].Kind) ? (0, ConstraintShift.None, false) : (LoneNoValence, ConstraintShift.None, false);

            case LexemeKind.Negator:
                return SentimentNeighbours.NegatesSomething(items, k) ? (0, ConstraintShift.None, false) : (LoneNoValence, ConstraintShift.None, false);

            default:
                return (0, ConstraintShift.None, false);
        }
    }

    /// <summary>
    /// Boosters and dampeners within three items before (VADER's distance decay: full, ×0.95, ×0.9 of the effect),
    /// a "too" right before a sentiment word, the negation shift, and a trailing booster ("so much", "at all").
    /// A booster before the negator scales the negated result ("really not bad"); one after it, the word ("not very good").
    /// </summary>
    private static double Modify(Span<SentimentItem> items, int k, double valence, bool negatable, ref bool negated)
    {
        var negator = negatable ? SentimentNeighbours.NegatorBefore(items, k) : -1;
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

    internal static ConstraintShift Opposite(ConstraintShift shift) => shift switch
    {
        ConstraintShift.MoreEnergy => ConstraintShift.LessEnergy,
        ConstraintShift.LessEnergy => ConstraintShift.MoreEnergy,
        ConstraintShift.Newer => ConstraintShift.Older,
        ConstraintShift.Older => ConstraintShift.Newer,
        _ => ConstraintShift.None,
    };
}
