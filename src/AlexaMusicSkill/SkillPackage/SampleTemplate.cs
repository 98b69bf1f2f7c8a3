using System.Text;

namespace AlexaMusicSkill.SkillPackage;

/// <summary>
/// Expands a compact sample template into the sample utterances it stands for: <c>[a|b|]</c> is one of the
/// alternatives (an empty one makes the group optional), <c>{slot}</c> stays as it is. "[can you|] play {genre}"
/// → "can you play {genre}", "play {genre}". Groups do not nest; whitespace is collapsed.
/// </summary>
public static class SampleTemplate
{
    public static IEnumerable<string> Expand(string template)
    {
        var open = template.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            var collapsed = Collapse(template);
            if (collapsed.Length > 0)
            {
                yield return collapsed;
            }

            yield break;
        }

        var close = template.IndexOf(']', open);
        if (close < 0 || template.IndexOf('[', open + 1) is var nested && nested >= 0 && nested < close)
        {
            throw new FormatException($"'{template}': a [group] must close before the next one opens");
        }

        foreach (var choice in template[(open + 1)..close].Split('|'))
        {
            foreach (var rest in Expand(template[..open] + " " + choice + " " + template[(close + 1)..]))
            {
                yield return rest;
            }
        }
    }

    public static IEnumerable<string> ExpandAll(IEnumerable<string> templates) => templates.SelectMany(Expand);

    /// <summary>Every carrier around every body: "find me " + "some {genre}".</summary>
    public static IEnumerable<string> Around(IEnumerable<string> carriers, IEnumerable<string> bodies)
    {
        var expandedBodies = ExpandAll(bodies).ToList();
        // An empty carrier is the body alone.
        foreach (var carrier in ExpandAll(carriers.Select(c => c.Length == 0 ? "…" : c).Select(c => c.Replace("…", "\u0001", StringComparison.Ordinal))))
        {
            foreach (var body in expandedBodies)
            {
                yield return Collapse(carrier.Contains('\u0001', StringComparison.Ordinal)
                    ? carrier.Replace("\u0001", body, StringComparison.Ordinal)
                    : carrier + " " + body);
            }
        }
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c != ' ' || (result.Length > 0 && result[^1] != ' '))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
