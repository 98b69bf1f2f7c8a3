using System.Text;

namespace AlexaMusicSkill.Cli.Nlu;

/// <summary>
/// One spoken word: <see cref="Heard"/> as typed (lowercase, apostrophes kept, what a slot's <c>value</c> reports)
/// and <see cref="Key"/>, the form every comparison uses (apostrophes and accents dropped, "&amp;" said as "and").
/// </summary>
internal readonly record struct Word(string Heard, string Key)
{
    /// <summary>Splits text into words: letters and digits form words, apostrophes stay inside them, "&amp;" is a word.</summary>
    public static IReadOnlyList<Word> Split(string text)
    {
        var words = new List<Word>();
        var current = new StringBuilder();
        void Flush()
        {
            var heard = current.ToString().Trim('\'');
            current.Clear();
            var key = KeyOf(heard);
            if (key.Length > 0)
            {
                words.Add(new Word(heard, key));
            }
        }

        foreach (var raw in text.ToLowerInvariant())
        {
            var c = raw is '\u2019' or '\u2018' or '`' ? '\'' : raw;
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                current.Append(c);
            }
            else if (c == '&')
            {
                Flush();
                words.Add(new Word("&", "and"));
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;
    }

    /// <summary>The comparison key of a whole phrase: its words' keys joined by single spaces.</summary>
    public static string PhraseKey(string text) => string.Join(' ', Split(text).Select(w => w.Key));

    private static string KeyOf(string heard)
    {
        var key = new StringBuilder(heard.Length);
        foreach (var c in heard)
        {
            if (c == '\'')
            {
                continue;
            }

            // Invariant globalization makes string.Normalize a no-op for accents, so fold the common ones here.
            key.Append(c < 128 ? c.ToString() : Folded.GetValueOrDefault(c) ?? c.ToString());
        }

        return key.ToString();
    }

    private static readonly Dictionary<char, string> Folded = BuildFolding();

    private static Dictionary<char, string> BuildFolding()
    {
        var table = new Dictionary<char, string> { ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d" };
        (string Accented, char Plain)[] groups =
        [
            ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ďđ", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥħ", 'h'),
            ("ìíîïĩīĭįı", 'i'), ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľŀ", 'l'), ("ñńņňŉ", 'n'), ("òóôõöōŏő", 'o'), ("ŕŗř", 'r'),
            ("śŝşš", 's'), ("ţťŧ", 't'), ("ùúûüũūŭůűų", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'),
        ];
        foreach (var (accented, plain) in groups)
        {
            foreach (var c in accented)
            {
                table[c] = plain.ToString();
            }
        }

        return table;
    }
}
