using System.Text;

namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// A comparison key for names as people say them: case, punctuation, "&amp;" versus "and" and a leading "the"
/// do not matter, so "The Beatles" and "beatles", or "Simon &amp; Garfunkel" and "simon and garfunkel", collide.
/// </summary>
internal static class NameKey
{
    public static string Of(string name)
    {
        var key = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (c == '&')
            {
                key.Append(key.Length > 0 ? " and" : "and");
                pendingSpace = true;
            }
            else if (c != '\'' && c != '\u2019' && c != '.')
            {
                // Apostrophes and dots join ("don't", "r.e.m."); everything else separates words.
                pendingSpace = true;
            }
        }

        var text = key.ToString();
        return text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;
    }
}
