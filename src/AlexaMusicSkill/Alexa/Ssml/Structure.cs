namespace AlexaMusicSkill.Alexa.Ssml;

/// <summary><c>&lt;s&gt;</c>: a sentence, with the pause Alexa gives a full stop.</summary>
public sealed class Sentence(IReadOnlyList<SsmlNode> children) : SsmlContainer(children)
{
    internal override void Render(SsmlWriter writer)
    {
        writer.OpenTag("s");
        RenderChildren(writer);
        writer.CloseTag("s");
    }
}

/// <summary><c>&lt;p&gt;</c>: a paragraph.</summary>
public sealed class Paragraph(IReadOnlyList<SsmlNode> children) : SsmlContainer(children)
{
    internal override void Render(SsmlWriter writer)
    {
        writer.OpenTag("p");
        RenderChildren(writer);
        writer.CloseTag("p");
    }
}

/// <summary><c>&lt;break time="…"/&gt;</c>, at most 10 s.</summary>
public sealed class Break : SsmlNode
{
    public Break(TimeSpan time)
    {
        if (time < TimeSpan.Zero || time > SsmlLimits.MaxBreak)
        {
            throw new SsmlException($"A break of {time.TotalMilliseconds:0} ms is outside 0..{SsmlLimits.MaxBreak.TotalMilliseconds:0} ms.");
        }

        Time = time;
    }

    public TimeSpan Time { get; }

    internal override void Render(SsmlWriter writer) =>
        writer.EmptyTag("break", ("time", $"{(long)Time.TotalMilliseconds}ms"));
}

/// <summary>
/// <c>&lt;say-as interpret-as="…"&gt;</c>, with Alexa's values only (ssml-check-core does not check them on amazon);
/// <c>format</c> is allowed only with <c>date</c>.
/// </summary>
public sealed class SayAs : SsmlNode
{
    private static readonly string[] InterpretAsValues =
    [
        "characters", "spell-out", "cardinal", "number", "ordinal", "digits", "fraction", "unit", "date", "time",
        "telephone", "address", "interjection", "expletive",
    ];

    private static readonly string[] DateFormats = ["mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y"];

    public SayAs(string interpretAs, string text, string? format = null)
    {
        if (!InterpretAsValues.Contains(interpretAs))
        {
            throw new SsmlException($"'{interpretAs}' is not an interpret-as value Alexa supports.");
        }

        if (format is not null && (interpretAs != "date" || !DateFormats.Contains(format)))
        {
            throw new SsmlException($"say-as format '{format}' is allowed only with interpret-as=\"date\" and one of {string.Join(", ", DateFormats)}.");
        }

        InterpretAs = interpretAs;
        Text = text;
        Format = format;
    }

    public string InterpretAs { get; }

    public string Text { get; }

    public string? Format { get; }

    internal override void Render(SsmlWriter writer)
    {
        writer.OpenTag("say-as", ("interpret-as", InterpretAs), ("format", Format));
        writer.Text(Text);
        writer.CloseTag("say-as");
    }
}
