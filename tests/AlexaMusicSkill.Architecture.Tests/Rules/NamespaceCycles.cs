namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>Finds the namespace cycles of a <see cref="NamespaceGraph"/>: its strongly connected components of two or
/// more namespaces (Tarjan), so one tangle is reported once with all its arrows, not once per elementary cycle.</summary>
public static class NamespaceCycles
{
    /// <summary>Every cycle of the graph, largest first.</summary>
    public static IReadOnlyList<NamespaceCycle> Find(NamespaceGraph graph)
    {
        return StronglyConnected(graph)
            .Where(component => component.Count > 1)
            .Select(component => new NamespaceCycle(
                graph.Root,
                component.Order(StringComparer.Ordinal).ToList(),
                graph.Edges.Where(edge => component.Contains(edge.From) && component.Contains(edge.To)).ToList()))
            .OrderByDescending(cycle => cycle.Namespaces.Count)
            .ThenBy(cycle => cycle.Namespaces[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every cycle's description, or null when there is none.</summary>
    public static string? Describe(NamespaceGraph graph)
    {
        var cycles = Find(graph);
        return cycles.Count == 0
            ? null
            : $"{cycles.Count} namespace cycle(s) in {graph.Assembly} under {graph.Root}:{Environment.NewLine}"
              + string.Join(Environment.NewLine, cycles.Select(cycle => cycle.Describe()));
    }

    // Recursive Tarjan: namespace graphs have tens of nodes, far from any stack limit.
    private static List<HashSet<string>> StronglyConnected(NamespaceGraph graph)
    {
        var successors = graph.Namespaces.ToDictionary(
            name => name, name => graph.Edges.Where(edge => edge.From == name).Select(edge => edge.To).ToList());
        var index = new Dictionary<string, int>();
        var lowLink = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<HashSet<string>>();

        void Visit(string node)
        {
            var order = index.Count;
            index[node] = order;
            lowLink[node] = order;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in successors.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    lowLink[node] = Math.Min(lowLink[node], lowLink[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLink[node] = Math.Min(lowLink[node], index[next]);
                }
            }

            if (lowLink[node] != index[node])
            {
                return;
            }

            var component = new HashSet<string>(StringComparer.Ordinal);
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);
            components.Add(component);
        }

        foreach (var node in graph.Namespaces.Where(node => !index.ContainsKey(node)))
        {
            Visit(node);
        }

        return components;
    }
}
