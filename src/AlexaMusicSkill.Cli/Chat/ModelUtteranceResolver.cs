using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Cli.Nlu;
using AlexaMusicSkill.Offline.Devices;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// The device's understanding for name-free requests: the same local NLU and interaction model the chat uses in a
/// session, so "help me find music" means the same intent before and after the session opens.
/// </summary>
internal sealed class ModelUtteranceResolver(UtteranceMatcher matcher, string skillId) : IUtteranceResolver
{
    public Intent? Resolve(string utterance)
    {
        var match = matcher.Match(utterance);
        return match.IsFallback ? null : IntentWire.ToIntent(match, matcher.Model, skillId);
    }
}
