using AlexaMusicSkill.Architecture.Tests.Rules;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnitV3;

namespace AlexaMusicSkill.Architecture.Tests;

/// <summary>The one way every rule is checked, on src and on the fixture alike: a failure's message names the
/// offending types (and for cycles the namespaces and the type pairs of every arrow among them).</summary>
public static class RuleAssert
{
    /// <summary>The top-level namespaces of <paramref name="assembly"/> under <paramref name="root"/> form no
    /// cycle.</summary>
    public static void NoNamespaceCycles(ArchUnitNET.Domain.Architecture architecture, string assembly, string root)
    {
        var graph = NamespaceGraph.Build(architecture, assembly, root);
        Assert.True(graph.Namespaces.Count > 0, $"no type of {assembly} lives under {root}.*: the rule matches nothing");
        if (NamespaceCycles.Describe(graph) is { } cycles)
        {
            Assert.Fail(cycles);
        }
    }

    /// <summary>No simple type name under <paramref name="root"/> is declared in two namespaces.</summary>
    public static void NoDuplicateTypeNames(ArchUnitNET.Domain.Architecture architecture, string root)
    {
        if (DuplicateTypeNames.Describe(architecture, root) is { } duplicates)
        {
            Assert.Fail(duplicates);
        }
    }

    /// <summary>Some type of <paramref name="from"/> uses some type of <paramref name="to"/>.</summary>
    public static void Uses(ArchUnitNET.Domain.Architecture architecture, string from, string to)
    {
        if (AssemblyArrows.FirstUse(architecture, from, to) is null)
        {
            Assert.Fail($"{from} should depend on {to}, but no type of {from} uses a type of {to}");
        }
    }

    /// <summary>An ArchUnitNET rule holds (xUnit v3 extension: fails with ArchUnitNET's message).</summary>
    public static void Holds(ArchUnitNET.Domain.Architecture architecture, IArchRule rule) => rule.Check(architecture);
}
