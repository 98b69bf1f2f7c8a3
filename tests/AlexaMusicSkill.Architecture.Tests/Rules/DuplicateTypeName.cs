namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>A simple type name declared in more than one namespace, with each declaration as
/// `Namespace.Type[+Nested] (assembly)`.</summary>
public sealed record DuplicateTypeName(string Name, IReadOnlyList<string> Declarations, IReadOnlyList<string> FullNames)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}: {string.Join(", ", Declarations)}";
}
