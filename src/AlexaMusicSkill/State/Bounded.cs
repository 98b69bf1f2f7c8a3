namespace AlexaMusicSkill.State;

/// <summary>Appends to the capped lists of state and profile, dropping the oldest entries.</summary>
public static class Bounded
{
    public static IReadOnlyList<T> Append<T>(IReadOnlyList<T> list, T item, int max)
    {
        var start = Math.Max(0, list.Count + 1 - max);
        var result = new List<T>(Math.Min(max, list.Count + 1));
        for (var i = start; i < list.Count; i++)
        {
            result.Add(list[i]);
        }

        result.Add(item);
        return result;
    }

    /// <summary>Appends unless present (then moves it to the end, as the most recent).</summary>
    public static IReadOnlyList<string> AppendDistinct(IReadOnlyList<string> list, string item, int max)
    {
        if (list.Count > 0 && list[^1] == item)
        {
            return list;
        }

        var without = list.Contains(item) ? list.Where(x => x != item).ToList() : list;
        return Append(without, item, max);
    }
}
