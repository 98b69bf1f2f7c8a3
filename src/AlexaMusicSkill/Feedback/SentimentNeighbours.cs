namespace AlexaMusicSkill.Feedback;

/// <summary>Where the rules look around an item: negators before it, the attribute after "too", dampeners, the last "but".</summary>
internal static class SentimentNeighbours
{
    /// <summary>A negator within three items before <paramref name="k"/> (a "no" only right before), not across "but".</summary>
    public static int NegatorBefore(Span<SentimentItem> items, int k)
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

    public static bool NegatesSomething(Span<SentimentItem> items, int k)
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

    public static bool BearsSentiment(LexemeKind kind) =>
        kind is LexemeKind.Sentiment or LexemeKind.Too or LexemeKind.Attribute;

    /// <summary>The attribute a "too" complains about: within three items, skipping fillers ("too old fashioned", "too poppy these days").</summary>
    public static int AttributeAfter(Span<SentimentItem> items, int k)
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

    public static int NextMeaningful(Span<SentimentItem> items, int k)
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

    public static bool DampenerBefore(Span<SentimentItem> items, int k)
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
    public static int LastContrast(Span<SentimentItem> items)
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
}
