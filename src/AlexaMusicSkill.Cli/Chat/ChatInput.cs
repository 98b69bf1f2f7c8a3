using AlexaMusicSkill.Cli.Nlu;
using AlexaMusicSkill.Offline.Devices;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// What one typed line means to the simulated device: a chat command (<c>:finish</c>, <c>.quit</c>), leaving
/// ("exit", "quit"), opening the skill ("open music finder"), a one-shot request ("ask music finder to …"), or
/// an utterance: for the open session, or, with none open, for the device's name-free routing. A leading wake word
/// ("Alexa,", "hey Alexa") is the device's and is taken off first.
/// </summary>
internal abstract record ChatInput
{
    private static readonly string[] LaunchVerbs = ["open", "launch", "start", "load", "begin", "play", "use", "run"];
    private static readonly string[] OneShotVerbs = ["ask", "tell"];
    private static readonly string[] Connectors = ["to", "for", "about", "if", "whether", "that", "and"];

    private ChatInput()
    {
    }

    public static ChatInput Parse(string line, IReadOnlyList<string> invocationKeys)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return new Nothing();
        }

        if (text[0] is ':' or '.')
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            return new Command(
                (space < 0 ? text[1..] : text[1..space]).ToLowerInvariant(),
                space < 0 ? string.Empty : text[(space + 1)..].Trim());
        }

        // The device takes the wake word off ("Alexa, open music finder", "hey Alexa help me find music"); on its own
        // it only wakes the device.
        var words = Word.Split(WakeWord.Strip(text)).ToList();
        if (words.Count == 0)
        {
            return new Nothing();
        }

        var keys = words.Select(w => w.Key).ToList();
        if (keys is ["exit"] or ["quit"])
        {
            return new Exit();
        }

        var oneShot = OneShotVerbs.Contains(keys[0]);
        var afterVerb = keys is ["talk", "to", ..] ? 2 : oneShot || LaunchVerbs.Contains(keys[0]) ? 1 : -1;
        if (afterVerb > 0 && StartsWith(keys, afterVerb, invocationKeys))
        {
            var rest = afterVerb + invocationKeys.Count;
            if (rest == keys.Count)
            {
                return new Launch();
            }

            // "ask music finder to …", "ask music finder for …", "open music finder and …"
            if (Connectors.Contains(keys[rest]) && (oneShot || keys[rest] == "and") && rest + 1 < keys.Count)
            {
                return new OneShot(words.Skip(rest + 1).ToList());
            }

            if (oneShot)
            {
                return new OneShot(words.Skip(rest).ToList());
            }
        }

        return new Utterance(words);
    }

    private static bool StartsWith(List<string> keys, int at, IReadOnlyList<string> phrase) =>
        phrase.Count > 0 && keys.Count >= at + phrase.Count && keys.Skip(at).Take(phrase.Count).SequenceEqual(phrase);

    public sealed record Nothing : ChatInput;

    /// <summary><c>:name args</c> (or <c>.name</c>, as <c>ask dialog</c> writes <c>.quit</c>).</summary>
    public sealed record Command(string Name, string Arguments) : ChatInput;

    public sealed record Exit : ChatInput;

    public sealed record Launch : ChatInput;

    /// <summary>"ask music finder to …": a new session that starts with this request.</summary>
    public sealed record OneShot(IReadOnlyList<Word> Words) : ChatInput;

    public sealed record Utterance(IReadOnlyList<Word> Words) : ChatInput;
}
