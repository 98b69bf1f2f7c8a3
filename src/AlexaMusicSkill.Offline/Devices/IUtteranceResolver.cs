using AlexaMusicSkill.Alexa.Requests;

namespace AlexaMusicSkill.Offline.Devices;

/// <summary>
/// The device's language understanding: the intent (with resolved slots) that Alexa's NLU makes of an utterance
/// against the skill's interaction model. Local chat answers it with its NLU over the same model it uses in a session.
/// </summary>
public interface IUtteranceResolver
{
    /// <summary>The intent as Alexa would send it, or null when the utterance matches nothing in the model (fallback).</summary>
    Intent? Resolve(string utterance);
}
