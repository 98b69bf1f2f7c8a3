using AlexaMusicSkill.Cli.Nlu;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// <c>:intent Name slot=value slot="two words"</c>: an intent sent as given, like virtual-alexa's <c>intend()</c>,
/// with slot values resolved against the model's slot types. The intent and slots must be declared in the model.
/// </summary>
internal sealed record DirectIntent(UtteranceMatch? Match, string? Problem)
{
    public static DirectIntent Parse(string arguments, UtteranceMatcher matcher)
    {
        var parts = Split(arguments);
        if (parts.Count == 0)
        {
            return Fail("':intent' needs an intent name, e.g. :intent AnswerIntent genre=jazz");
        }

        var model = matcher.Model;
        if (model.FindIntent(parts[0]) is not { } intent)
        {
            return Fail($"unknown intent '{parts[0]}'; the interaction model declares {string.Join(", ", model.Intents.Select(i => i.Name))}");
        }

        var fills = new List<SlotFill>();
        foreach (var pair in parts.Skip(1))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                return Fail($"'{pair}' is not slot=value");
            }

            var name = pair[..equals];
            if (intent.FindSlot(name) is not { } slot)
            {
                var declared = intent.Slots.Count == 0 ? "no slots" : "slots " + string.Join(", ", intent.Slots.Select(s => s.Name));
                return Fail($"{intent.Name} has no slot '{name}' (it has {declared})");
            }

            fills.Add(matcher.Resolve(slot, pair[(equals + 1)..]));
        }

        return new DirectIntent(new UtteranceMatch(intent.Name, ":intent", fills, MatchScore.Zero), null);
    }

    private static DirectIntent Fail(string problem) => new(null, problem);

    /// <summary>Whitespace-separated words; double quotes keep spaces inside a value.</summary>
    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }
}
