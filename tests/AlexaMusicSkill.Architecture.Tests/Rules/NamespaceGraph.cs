using System.Text;
using ArchUnitNET.Domain;

namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>
/// Which top-level namespace of one assembly uses which (the slices `root.(*)..`), from the type dependencies
/// ArchUnitNET loaded: signatures, fields, bodies, calls, attributes, generic arguments, and the bodies of
/// lambdas and state machines, which ArchUnitNET credits to the method that declares them. Types directly in the
/// root namespace belong to no slice and are left out, as ArchUnitNET's slices leave them out.
/// </summary>
public sealed class NamespaceGraph
{
    private NamespaceGraph(string assembly, string root, IReadOnlyList<string> namespaces, IReadOnlyList<NamespaceEdge> edges)
    {
        Assembly = assembly;
        Root = root;
        Namespaces = namespaces;
        Edges = edges;
    }

    /// <summary>The simple name of the assembly whose types make the graph.</summary>
    public string Assembly { get; }

    /// <summary>The root namespace; nodes are its first-level children.</summary>
    public string Root { get; }

    /// <summary>Every top-level namespace that declares a type, sorted.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>Every arrow, sorted by origin then target; no self-arrows.</summary>
    public IReadOnlyList<NamespaceEdge> Edges { get; }

    /// <summary>Builds the graph of <paramref name="assembly"/>'s types below <paramref name="root"/>.</summary>
    public static NamespaceGraph Build(ArchUnitNET.Domain.Architecture architecture, string assembly, string root)
    {
        var pairs = new SortedDictionary<(string From, string To), SortedSet<TypePair>>(Comparer<(string, string)>.Create(CompareKeys));
        var namespaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var origin in architecture.Types.Where(type => TypeNames.AssemblyOf(type) == assembly))
        {
            var from = TypeNames.TopLevel(root, origin.Namespace.FullName);
            if (from is null)
            {
                continue;
            }

            namespaces.Add(from);
            foreach (var target in origin.Dependencies.Select(dependency => dependency.Target))
            {
                var to = TargetSlice(target, assembly, root);
                if (to is null || to == from)
                {
                    continue;
                }

                if (!pairs.TryGetValue((from, to), out var set))
                {
                    set = new SortedSet<TypePair>(Comparer<TypePair>.Create(ComparePairs));
                    pairs.Add((from, to), set);
                }

                set.Add(new TypePair(origin.FullName, target.FullName));
            }
        }

        var edges = pairs.Select(entry => new NamespaceEdge(entry.Key.From, entry.Key.To, entry.Value.ToList())).ToList();
        return new NamespaceGraph(assembly, root, namespaces.ToList(), edges);
    }

    /// <summary>The graph as text: one line per arrow with its number of type pairs and up to
    /// <paramref name="examples"/> of them.</summary>
    public string Describe(int examples = 1)
    {
        var text = new StringBuilder();
        text.AppendLine($"{Root}.* in {Assembly}: {Namespaces.Count} namespaces, {Edges.Count} arrows");
        foreach (var name in Namespaces)
        {
            var outgoing = Edges.Where(edge => edge.From == name).ToList();
            text.AppendLine($"{name} → {(outgoing.Count == 0 ? "(nothing)" : string.Join(", ", outgoing.Select(edge => edge.To)))}");
            foreach (var edge in outgoing)
            {
                text.AppendLine($"    {edge.From} → {edge.To} ({Count(edge.Pairs.Count)}), e.g.");
                foreach (var pair in edge.Pairs.Take(examples))
                {
                    text.AppendLine($"        {pair}");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>"1 type pair" or "N type pairs".</summary>
    public static string Count(int pairs) => pairs == 1 ? "1 type pair" : $"{pairs} type pairs";

    // A generic parameter is no dependency; ArchUnitNET also files a method's generic parameter under whichever
    // declaring type it met first, which made every source-generated JSON context seem to use Storage's.
    private static string? TargetSlice(IType target, string assembly, string root) =>
        target is not GenericParameter && TypeNames.AssemblyOf(target) == assembly
            ? TypeNames.TopLevel(root, target.Namespace.FullName)
            : null;

    private static int CompareKeys((string From, string To) left, (string From, string To) right)
    {
        var from = string.CompareOrdinal(left.From, right.From);
        return from != 0 ? from : string.CompareOrdinal(left.To, right.To);
    }

    private static int ComparePairs(TypePair left, TypePair right)
    {
        var origin = string.CompareOrdinal(left.Origin, right.Origin);
        return origin != 0 ? origin : string.CompareOrdinal(left.Target, right.Target);
    }
}
