namespace AlexaMusicSkill.Offline.Devices;

/// <summary>
/// The wake word a listener says before speaking to an Echo ("Alexa, …", "hey Alexa …"). The device hears it, it never
/// reaches a skill: it is taken off whatever follows, in a session or not.
/// </summary>
public static class WakeWord
{
    private static readonly string[][] Prefixes = [["hey", "alexa"], ["alexa"]];

    /// <summary>What was said after the wake word (the text unchanged when it does not start with one).</summary>
    public static string Strip(string spoken)
    {
        var text = spoken.TrimStart();
        foreach (var prefix in Prefixes)
        {
            var at = 0;
            var matched = true;
            foreach (var word in prefix)
            {
                at = SkipSeparators(text, at);
                if (!StartsWithWord(text, at, word))
                {
                    matched = false;
                    break;
                }

                at += word.Length;
            }

            if (matched)
            {
                return text[SkipSeparators(text, at)..];
            }
        }

        return text;
    }

    /// <summary>Spaces and the punctuation people type around a wake word ("Alexa, …", "Hey, Alexa! …").</summary>
    private static int SkipSeparators(string text, int at)
    {
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] is ',' or '!' or '.' or ':' or ';' or '-'))
        {
            at++;
        }

        return at;
    }

    private static bool StartsWithWord(string text, int at, string word) =>
        string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]));
}
