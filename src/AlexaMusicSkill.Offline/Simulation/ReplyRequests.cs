using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Offline.Devices;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// The request Alexa's NLU delivers for a simulated listener's reply: a launch, silence (SessionEnded), or an intent
/// with its slots resolved as Alexa resolves them (a match with our id, or no match).
/// </summary>
public static class ReplyRequests
{
    /// <summary>The entity-resolution authority's skill part; the skill reads only the status and the ids.</summary>
    private const string AuthoritySkillId = "sim";

    public static Request For(Reply reply) => reply.Kind switch
    {
        ReplyKind.Launch => new LaunchRequest(),
        ReplyKind.SessionEnded => new SessionEndedRequest { Reason = reply.EndReason ?? "USER_INITIATED" },
        _ => new IntentRequest { Intent = IntentOf(reply), DialogState = null },
    };

    private static Intent IntentOf(Reply reply)
    {
        var intent = new Intent { Name = reply.Intent, ConfirmationStatus = "NONE", Slots = [] };
        foreach (var fill in reply.SlotFills)
        {
            intent.Slots[fill.Slot] = RequestEnvelopes.ResolvedSlot(fill.Slot, RequestEnvelopes.SlotTypeOf(fill.Slot), fill.Heard, fill.Id, AuthoritySkillId);
        }

        return intent;
    }
}
