namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>An arrow between two top-level namespaces under a root, with every type pair that makes it.</summary>
public sealed record NamespaceEdge(string From, string To, IReadOnlyList<TypePair> Pairs);
