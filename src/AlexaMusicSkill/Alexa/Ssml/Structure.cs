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

/// <summary><c>&lt;say-as interpret-as="…"&gt;</c>.</summary>
public sealed class SayAs(string interpretAs, string text, string? format = null) : SsmlNode
{
    public string InterpretAs { get; } = interpretAs;

    public string Text { get; } = text;

    public string? Format { get; } = format;

    internal override void Render(SsmlWriter writer)
    {
        writer.OpenTag("say-as", ("interpret-as", InterpretAs), ("format", Format));
        writer.Text(Text);
        writer.CloseTag("say-as");
    }
}
