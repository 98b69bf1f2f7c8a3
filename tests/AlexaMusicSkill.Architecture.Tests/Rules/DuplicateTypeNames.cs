using ArchUnitNET.Domain;

namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>
/// The same concept written twice: a simple type name (generic arity ignored, so `Result` and `Result&lt;T&gt;`
/// collide) declared in two namespaces under a root, across every loaded assembly. Counts top-level types and
/// public or internal nested types; private and protected nested types are their owner's business, and
/// compiler-generated types (lambdas, state machines, `file` types) are nobody's vocabulary.
/// </summary>
public static class DuplicateTypeNames
{
    /// <summary>Every duplicated name under <paramref name="root"/>, sorted by name.</summary>
    public static IReadOnlyList<DuplicateTypeName> Find(ArchUnitNET.Domain.Architecture architecture, string root)
    {
        return architecture.Types
            .Where(type => IsUnder(root, type.Namespace.FullName) && Counts(type))
            .GroupBy(type => TypeNames.WithoutArity(type.Name), StringComparer.Ordinal)
            .Where(group => group.Select(type => type.Namespace.FullName).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(group =>
            {
                var declarations = group.OrderBy(type => type.FullName, StringComparer.Ordinal).ToList();
                return new DuplicateTypeName(
                    group.Key,
                    declarations.Select(type => $"{type.FullName} ({TypeNames.AssemblyOf(type)})").ToList(),
                    declarations.Select(type => type.FullName).ToList());
            })
            .OrderBy(duplicate => duplicate.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every duplicated name, one per line, or null when there is none.</summary>
    public static string? Describe(ArchUnitNET.Domain.Architecture architecture, string root)
    {
        var duplicates = Find(architecture, root);
        return duplicates.Count == 0
            ? null
            : $"{duplicates.Count} type name(s) declared in more than one namespace under {root}:{Environment.NewLine}"
              + string.Join(Environment.NewLine, duplicates.Select(duplicate => "  " + duplicate));
    }

    private static bool IsUnder(string root, string nameSpace) =>
        nameSpace == root || nameSpace.StartsWith(root + ".", StringComparison.Ordinal);

    private static bool Counts(IType type) =>
        !type.IsCompilerGenerated
        && !type.Name.Contains('<', StringComparison.Ordinal)
        && (!type.IsNested || type.Visibility is Visibility.Public or Visibility.Internal);
}
