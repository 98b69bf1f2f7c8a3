namespace AlexaMusicSkill.Feedback;

/// <summary>Splits a reaction into lower-case words in a stack buffer, then into lexicon items (longest phrase first).</summary>
internal static class SentimentTokens
{
    /// <summary>Lower case letters, digits and apostrophes; everything else separates words ("laid-back" = "laid back").</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> buffer, Span<Range> tokens, out int tokenCount)
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
    public static int Segment(ReadOnlySpan<char> text, ReadOnlySpan<Range> tokens, Span<SentimentItem> items)
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
                    items[count++] = new SentimentItem(lexeme.Kind, lexeme.Value, lexeme.Shift);
                    i += n;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                items[count++] = new SentimentItem(LexemeKind.Unknown, 0, ConstraintShift.None);
                i++;
            }
        }

        return count;
    }
}
