using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>Which assembly may use which, judged by the type dependencies of the loaded assemblies (a project
/// reference the code does not use leaves no trace in the compiled assembly, so only uses can count).</summary>
public static class AssemblyArrows
{
    /// <summary>No type of <paramref name="from"/> may use a type of <paramref name="to"/>; the target need not be
    /// loaded.</summary>
    public static IArchRule Never(string from, string to) =>
        Types().That().ResideInAssemblyMatching(TypeNames.Assembly(from))
            .Should().NotDependOnAny(Types(true).That().ResideInAssemblyMatching(TypeNames.Assembly(to)))
            .Because($"{from} must never depend on {to}");

    /// <summary>No loaded type outside <paramref name="target"/> and <paramref name="users"/> may use a type of
    /// <paramref name="target"/>.</summary>
    public static IArchRule UsedOnlyBy(string target, params string[] users) =>
        Types().That().DoNotResideInAssemblyMatching(TypeNames.AnyAssembly([target, .. users]))
            .Should().NotDependOnAny(Types(true).That().ResideInAssemblyMatching(TypeNames.Assembly(target)))
            .Because($"{target} is used only by {string.Join(", ", users)}");

    /// <summary>One type of <paramref name="from"/> using a type of <paramref name="to"/> (the first by name), or
    /// null when <paramref name="from"/> does not depend on <paramref name="to"/> at all.</summary>
    public static TypePair? FirstUse(ArchUnitNET.Domain.Architecture architecture, string from, string to) =>
        architecture.Types
            .Where(type => TypeNames.AssemblyOf(type) == from)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .SelectMany(type => type.Dependencies
                .Where(dependency => TypeNames.AssemblyOf(dependency.Target) == to)
                .Select(dependency => new TypePair(type.FullName, dependency.Target.FullName)))
            .FirstOrDefault();
}
