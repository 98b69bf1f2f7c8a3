namespace AlexaMusicSkill.Alexa.Ssml;

/// <summary>Plain words; escaped when rendered.</summary>
public sealed class TextNode(string text) : SsmlNode
{
    public string Text { get; } = text;

    internal override void Render(SsmlWriter writer) => writer.Text(Text);
}
