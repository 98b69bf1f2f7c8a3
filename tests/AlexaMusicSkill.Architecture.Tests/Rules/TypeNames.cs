using System.Text.RegularExpressions;
using ArchUnitNET.Domain;

namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>How the rules read names: simple assembly names, top-level namespaces under a root, and the patterns
/// ArchUnitNET's fluent predicates match against.</summary>
public static class TypeNames
{
    /// <summary>The simple name of a type's assembly. ArchUnitNET gives loaded assemblies their simple name and
    /// referenced ones their full name, so both are cut at the first comma.</summary>
    public static string AssemblyOf(IType type) => SimpleAssemblyName(type.Assembly?.FullName ?? type.Assembly?.Name ?? "");

    /// <summary>The part of an assembly's full name before the first comma.</summary>
    public static string SimpleAssemblyName(string fullName)
    {
        var comma = fullName.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? fullName : fullName[..comma];
    }

    /// <summary>The first namespace segment below <paramref name="root"/> (`Dialogue` for
    /// `AlexaMusicSkill.Dialogue.State` under `AlexaMusicSkill`), or null for a namespace outside the root or the
    /// root itself: the slices `root.(*)..`.</summary>
    public static string? TopLevel(string root, string nameSpace)
    {
        var prefix = root + ".";
        if (!nameSpace.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = nameSpace[prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>A type's name without the generic arity suffix (`Result` for ``Result`1``).</summary>
    public static string WithoutArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    /// <summary>A regex matching a namespace and everything below it.</summary>
    public static string NamespaceAndBelow(string nameSpace) => "^" + Regex.Escape(nameSpace) + @"(\..+)?$";

    /// <summary>A regex matching an assembly by its simple name, whether ArchUnitNET holds the full name or not.</summary>
    public static string Assembly(string simpleName) => "^" + Regex.Escape(simpleName) + "(,.*)?$";

    /// <summary>A regex matching any of the assemblies, by simple name.</summary>
    public static string AnyAssembly(IEnumerable<string> simpleNames) =>
        "^(" + string.Join("|", simpleNames.Select(Regex.Escape)) + ")(,.*)?$";
}
