namespace AlexaMusicSkill.Alexa.Ssml;

/// <summary>The <c>&lt;speak&gt;</c> root. <see cref="ToXml"/> renders and enforces Alexa's limits.</summary>
public sealed class Speech(IReadOnlyList<SsmlNode> children) : SsmlContainer(children)
{
    public bool IsEmpty => Children.Count == 0;

    /// <summary>Renders the document; throws <see cref="SsmlException"/> for anything Alexa would refuse.</summary>
    public string ToXml() => Render().Xml;

    public RenderedSpeech Render()
    {
        var writer = new SsmlWriter();
        Render(writer);
        var xml = writer.ToString();
        if (writer.AudioCount > SsmlLimits.MaxAudioTags)
        {
            throw new SsmlException($"Speech has {writer.AudioCount} <audio> tags; Alexa allows at most {SsmlLimits.MaxAudioTags}.");
        }

        if (writer.AudioDuration > SsmlLimits.MaxAudioDuration)
        {
            throw new SsmlException($"Speech has {writer.AudioDuration.TotalSeconds:0} s of audio; Alexa allows at most {SsmlLimits.MaxAudioDuration.TotalSeconds:0} s.");
        }

        if (xml.Length > SsmlLimits.MaxCharacters)
        {
            throw new SsmlException($"Speech is {xml.Length} characters; Alexa allows at most {SsmlLimits.MaxCharacters}.");
        }

        return new RenderedSpeech(xml, writer.AudioCount, writer.AudioDuration);
    }

    internal override void Render(SsmlWriter writer)
    {
        writer.Raw("<speak>");
        RenderChildren(writer);
        writer.Raw("</speak>");
    }
}

/// <summary>Rendered SSML with what it contains, so the response builder can check reprompts for audio.</summary>
public readonly record struct RenderedSpeech(string Xml, int AudioCount, TimeSpan AudioDuration);
