using System.Text;

namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// A comparison key for names as people say them: case, punctuation, "&amp;" versus "and" and a leading "the"
/// do not matter, so "The Beatles" and "beatles", or "Simon &amp; Garfunkel" and "simon and garfunkel", collide.
/// </summary>
internal static class NameKey
{
    // Reused per thread: the built-in catalog computes a key for every name and title at cold start.
    [ThreadStatic]
    private static StringBuilder? _buffer;

    public static string Of(string name)
    {
        var key = _buffer ??= new StringBuilder(64);
        key.Clear();
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

        var skip = key.Length > 4 && key[0] == 't' && key[1] == 'h' && key[2] == 'e' && key[3] == ' ' ? 4 : 0;
        return key.ToString(skip, key.Length - skip);
    }
}
