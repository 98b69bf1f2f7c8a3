using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Offline.Devices;

/// <summary>
/// How a name-free utterance ended at the device: routed to the skill (a new session is open and
/// <see cref="Request"/> is its first request), or answered by the device itself with <see cref="DeviceSpeech"/>.
/// </summary>
/// <param name="Intent">The intent the device resolved, null when nothing in the model matched.</param>
/// <param name="Answer">The skill's canFulfill answer, null when the skill was not asked or gave none.</param>
public sealed record NameFreeOutcome(Intent? Intent, CanFulfillAnswer? Answer, IntentRequest? Request, string? DeviceSpeech)
{
    public bool Routed => Request is not null;
}
