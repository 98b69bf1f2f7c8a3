using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>Arrows that must never exist between top-level namespaces under a root, in any loaded assembly.</summary>
public static class NamespaceArrows
{
    /// <summary>No type in `root.from` (or below) may depend on a type in `root.to` (or below). ArchUnitNET's message
    /// names each offending type and the types it uses; an empty `root.from` fails too, so a renamed namespace
    /// cannot leave a rule that passes by matching nothing.</summary>
    public static IArchRule Never(string root, string from, string to) =>
        Types().That().ResideInNamespaceMatching(TypeNames.NamespaceAndBelow($"{root}.{from}"))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(TypeNames.NamespaceAndBelow($"{root}.{to}")))
            .Because($"{from} must never depend on {to}");
}
