namespace AlexaMusicSkill.Alexa.Ssml;

/// <summary>One typed SSML element or text run. Nodes render themselves; escaping lives only in <see cref="SsmlWriter"/>.</summary>
public abstract class SsmlNode
{
    internal abstract void Render(SsmlWriter writer);
}

/// <summary>A node that holds other nodes.</summary>
public abstract class SsmlContainer(IReadOnlyList<SsmlNode> children) : SsmlNode
{
    public IReadOnlyList<SsmlNode> Children { get; } = children;

    private protected void RenderChildren(SsmlWriter writer)
    {
        foreach (var child in Children)
        {
            child.Render(writer);
        }
    }
}
