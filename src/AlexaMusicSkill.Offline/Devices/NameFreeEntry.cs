using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Offline.Devices;

/// <summary>
/// Name-free entry, as an Echo does it ("Alexa, help me find music" without the skill's name; alexa-protocol.md §1.1
/// and Amazon's "Implement CanFulfillIntentRequest for Name-free Interactions"): with no session open, the device
/// resolves the utterance against the skill's interaction model, asks the skill out of session with a
/// <c>CanFulfillIntentRequest</c> for that intent and its slots, and on YES or MAYBE opens a new session whose first
/// request is the same intent. On NO (or no usable answer) the skill hears nothing more and the device answers itself.
/// </summary>
/// <remarks>
/// Launch phrases for the skill's own name ("open music finder", "ask music finder to …") are not name-free; the host
/// recognizes those before it gets here. Built-in <c>AMAZON.*</c> intents are not offered to a skill name-free: out of a
/// session Alexa handles "stop", "help" or "yes" itself (our reading of the docs, which describe name-free routing for a
/// skill's own intents; not confirmed against a device). Player commands while the skill's stream plays are a different
/// path (they go to the skill without a session, see local chat).
/// </remarks>
public sealed class NameFreeEntry(DeviceSession device, IUtteranceResolver resolver)
{
    /// <summary>What the device says when no skill takes the request.</summary>
    public const string DeviceDecline = "Sorry, I don't know that one.";

    /// <summary>Resolves, asks the skill through <paramref name="ask"/>, and opens the session when it can fulfill.</summary>
    /// <param name="ask">Sends the CanFulfillIntentRequest to the skill; null when the skill gave no response.</param>
    public async Task<NameFreeOutcome> RouteAsync(
        string utterance,
        DateTimeOffset now,
        AudioPlayerState? player,
        Func<SkillRequest, CancellationToken, Task<SkillResponse?>> ask,
        CancellationToken cancellationToken)
    {
        if (device.InSession)
        {
            throw new InvalidOperationException("Name-free routing is for requests said while no session is open.");
        }

        var intent = resolver.Resolve(WakeWord.Strip(utterance));
        if (intent?.Name is not { } name || name.StartsWith("AMAZON.", StringComparison.Ordinal))
        {
            return new NameFreeOutcome(intent, null, null, DeviceDecline);
        }

        var query = device.OutOfSessionRequest(new CanFulfillIntentRequest { Intent = intent }, now, player);
        var response = await ask(query, cancellationToken);
        var answer = response?.Response.CanFulfillIntent?.CanFulfill;
        if (answer is not (CanFulfillAnswer.Yes or CanFulfillAnswer.Maybe))
        {
            return new NameFreeOutcome(intent, answer, null, DeviceDecline);
        }

        device.StartSession();
        return new NameFreeOutcome(intent, answer, new IntentRequest { Intent = intent }, null);
    }
}
