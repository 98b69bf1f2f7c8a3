using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Offline.Devices;

namespace AlexaMusicSkill.Cli.Nlu;

/// <summary>
/// Turns a match into the intent object Alexa sends: every declared slot present (empty ones with only a name),
/// filled custom slots with entity resolution (ER_SUCCESS_MATCH with the value's name and id, or
/// ER_SUCCESS_NO_MATCH without values, as real traffic omits them) and the newer Simple <c>slotValue</c>.
/// </summary>
internal static class IntentWire
{
    public static Intent ToIntent(UtteranceMatch match, InteractionModel model, string skillId)
    {
        var declared = model.FindIntent(match.Intent)?.Slots ?? [];
        var slots = new Dictionary<string, Slot>(StringComparer.Ordinal);
        foreach (var slot in declared)
        {
            slots[slot.Name] = match.Slot(slot.Name) is { } fill
                ? Filled(fill, model, skillId)
                : new Slot { Name = slot.Name, ConfirmationStatus = "NONE" };
        }

        return new Intent { Name = match.Intent, ConfirmationStatus = "NONE", Slots = slots };
    }

    private static Slot Filled(SlotFill fill, InteractionModel model, string skillId) =>
        // Entity resolution runs only for custom slot types; built-in types carry the value alone.
        model.Types.ContainsKey(fill.Type)
            ? RequestEnvelopes.ResolvedSlot(fill.Name, fill.Type, fill.Heard, fill.Resolved ? fill.Id : null, skillId, fill.CanonicalName, withSlotValue: true)
            : new Slot { Name = fill.Name, Value = fill.Heard, ConfirmationStatus = "NONE", Source = "USER", SlotValue = new SimpleSlotValue { Value = fill.Heard } };
}
