using System.Text;
using System.Text.RegularExpressions;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Tests.Dialogue;

/// <summary>
/// A conversation driven through <see cref="SkillHarness"/>, turn by turn: what the listener said (a label), what the
/// skill said back, and the decision record the turn wrote (none for re-asks and endings).
/// </summary>
internal sealed partial class Transcript(SkillHarness skill, AlexaRequests alexa)
{
    private readonly List<Turn> _turns = [];

    public IReadOnlyList<Turn> Turns => _turns;

    public IEnumerable<DecisionRecord> Decisions => _turns.Select(t => t.Decision).OfType<DecisionRecord>();

    public async Task<Turn> SayAsync(string label, SkillRequest request)
    {
        var before = skill.Records.Records.OfType<DecisionRecord>().Count();
        var response = await skill.SayAsync(alexa, request);
        var decisions = skill.Records.Records.OfType<DecisionRecord>().ToList();
        var turn = new Turn(label, response, decisions.Count > before ? decisions[^1] : null);
        _turns.Add(turn);
        return turn;
    }

    /// <summary>The conversation as text: speech with amazon:emotion tags kept, other tags dropped, audio as [sample].</summary>
    public string Render()
    {
        var text = new StringBuilder();
        foreach (var turn in _turns)
        {
            text.Append("User:  ").AppendLine(turn.Label);
            text.Append("Alexa: ").AppendLine(Readable(turn.Speech));
            if (turn.Decision is { } d)
            {
                text.Append("       [turn ").Append(d.Turn).Append(", closeness ").Append(d.Closeness?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(", sentiment ").Append(d.Sentiment?.ToString("+0.00;-0.00;0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "none")
                    .Append(", ").Append(d.Chosen).AppendLine("]");
            }
        }

        return text.ToString();
    }

    public static string Readable(string ssml)
    {
        var text = AudioTag().Replace(ssml, "[sample] ");
        text = NonEmotionTag().Replace(text, " ");
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>The spoken sentences (<c>&lt;s&gt;</c> contents without tags).</summary>
    public static IReadOnlyList<string> Sentences(string ssml) =>
        SentenceTag().Matches(ssml).Select(m => AnyTag().Replace(m.Groups[1].Value, string.Empty).Trim()).ToList();

    [GeneratedRegex("<audio [^>]*/>")]
    private static partial Regex AudioTag();

    [GeneratedRegex("</?(?!amazon:emotion)[a-z:]+[^>]*>")]
    private static partial Regex NonEmotionTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<s>(.*?)</s>")]
    private static partial Regex SentenceTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex AnyTag();

    internal sealed record Turn(string Label, SkillResponse Response, DecisionRecord? Decision)
    {
        public string Speech => Response.Response.OutputSpeech?.Ssml ?? string.Empty;

        public string? Reprompt => Response.Response.Reprompt?.OutputSpeech?.Ssml;
    }
}
