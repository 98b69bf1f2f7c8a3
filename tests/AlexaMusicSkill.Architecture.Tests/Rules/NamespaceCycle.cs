using System.Text;

namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>A set of top-level namespaces that reach each other (a strongly connected component of the namespace
/// graph), with the arrows among them.</summary>
public sealed record NamespaceCycle(string Root, IReadOnlyList<string> Namespaces, IReadOnlyList<NamespaceEdge> Edges)
{
    /// <summary>How many type pairs an arrow shows before it says how many more there are.</summary>
    public const int PairsShown = 12;

    /// <summary>The pairs of namespaces that use each other directly (A ↔ B), each named once.</summary>
    public IReadOnlyList<string> MutualPairs =>
        Edges.Where(edge => string.CompareOrdinal(edge.From, edge.To) < 0)
            .Where(edge => Edges.Any(back => back.From == edge.To && back.To == edge.From))
            .Select(edge => $"{edge.From} ↔ {edge.To}")
            .ToList();

    /// <summary>The cycle as text: its namespaces, its mutual pairs, then every arrow with its type pairs, the
    /// thinnest arrows (the cheapest to cut) first.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"Cycle among {Root}.{{{string.Join(", ", Namespaces)}}} ({Namespaces.Count} namespaces, {Edges.Count} arrows)");
        var mutual = MutualPairs;
        if (mutual.Count > 0)
        {
            text.AppendLine($"  use each other directly: {string.Join(", ", mutual)}");
        }

        var thinnestFirst = Edges
            .OrderBy(edge => edge.Pairs.Count)
            .ThenBy(edge => edge.From, StringComparer.Ordinal)
            .ThenBy(edge => edge.To, StringComparer.Ordinal);
        foreach (var edge in thinnestFirst)
        {
            text.AppendLine($"  {edge.From} → {edge.To} ({NamespaceGraph.Count(edge.Pairs.Count)}):");
            foreach (var pair in edge.Pairs.Take(PairsShown))
            {
                text.AppendLine($"      {pair}");
            }

            if (edge.Pairs.Count > PairsShown)
            {
                text.AppendLine($"      … and {edge.Pairs.Count - PairsShown} more");
            }
        }

        return text.ToString();
    }
}
