using System.Text;

namespace AlexaMusicSkill.Alexa.Ssml;

/// <summary>
/// Renders nodes to text and is the only place that escapes XML ("Simon &amp; Garfunkel", URLs with <c>&amp;</c>).
/// Tracks what Alexa limits (audio count and duration, the tags that may not be stacked) while rendering.
/// </summary>
internal sealed class SsmlWriter
{
    private readonly StringBuilder _text = new(256);
    private int _toneDepth;

    public int AudioCount { get; private set; }

    public TimeSpan AudioDuration { get; private set; }

    public void Raw(string markup) => _text.Append(markup);

    public void Text(string value) => AppendEscaped(value, inAttribute: false);

    public void OpenTag(string name, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _text.Append('<').Append(name);
        AppendAttributes(attributes);
        _text.Append('>');
    }

    public void EmptyTag(string name, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _text.Append('<').Append(name);
        AppendAttributes(attributes);
        _text.Append("/>");
    }

    public void CloseTag(string name) => _text.Append("</").Append(name).Append('>');

    public void CountAudio(TimeSpan duration)
    {
        AudioCount++;
        AudioDuration += duration;
    }

    /// <summary>amazon:emotion and amazon:domain may not be stacked with each other or with emphasis / prosody pitch.</summary>
    public void EnterTone(string tag)
    {
        if (_toneDepth > 0)
        {
            throw new SsmlException($"<{tag}> cannot be nested inside amazon:emotion, amazon:domain or emphasis; Alexa rejects stacked tone tags.");
        }

        _toneDepth++;
    }

    public void ExitTone() => _toneDepth--;

    public override string ToString() => _text.ToString();

    private void AppendAttributes(ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _text.Append(' ').Append(name).Append("=\"");
            AppendEscaped(value, inAttribute: true);
            _text.Append('"');
        }
    }

    private void AppendEscaped(string value, bool inAttribute)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': _text.Append("&amp;"); break;
                case '<': _text.Append("&lt;"); break;
                case '>': _text.Append("&gt;"); break;
                case '"' when inAttribute: _text.Append("&quot;"); break;
                case '\'' when inAttribute: _text.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        _text.Append(c).Append(value[++i]);
                    }
                    else if (IsXmlChar(c))
                    {
                        _text.Append(c);
                    }
                    else
                    {
                        // Not a character XML 1.0 allows; a hostile slot value must not break the document.
                        _text.Append(' ');
                    }

                    break;
            }
        }
    }

    /// <summary>XML 1.0 Char for a single UTF-16 unit: no C0 controls but tab/LF/CR, no lone surrogates, no U+FFFE/U+FFFF.</summary>
    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and < '\uD800') or (>= '\uE000' and <= '\uFFFD');
}
