namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>One type using another: the evidence behind an arrow between namespaces or assemblies.</summary>
public sealed record TypePair(string Origin, string Target)
{
    /// <inheritdoc />
    public override string ToString() => $"{Origin} → {Target}";
}
