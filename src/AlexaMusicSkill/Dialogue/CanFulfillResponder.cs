using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// Answers name-free discovery ("Alexa, help me find music"): YES when we understand every slot and the catalog
/// has music for it, MAYBE when a slot value is not one we know, NO for intents that are not about finding music.
/// No side effects: no state is read or written.
/// </summary>
internal sealed class CanFulfillResponder(DialogueServices services)
{
    private static readonly string[] AttributeSlots = [SlotNames.Mood, SlotNames.Genre, SlotNames.Era, SlotNames.Artist, SlotNames.Activity];

    public SkillResponse Answer(CanFulfillIntentRequest request)
    {
        var intent = request.Intent;
        var act = intent?.Name is { } name && IntentDispatchTable.Acts.TryGetValue(name, out var a) ? a : (UserAct?)null;
        if (intent is null || act is not (UserAct.FindMusic or UserAct.PlayRequest or UserAct.Answer))
        {
            return Build(request, CanFulfillAnswer.No, null);
        }

        var meaning = services.Interpreter.Interpret(intent);
        var slots = new Dictionary<string, CanFulfillSlot>(StringComparer.Ordinal);
        var overall = CanFulfillAnswer.Yes;
        foreach (var slotName in AttributeSlots)
        {
            var slot = intent.GetSlot(slotName);
            if (slot?.Value is null)
            {
                continue;
            }

            var id = slotName switch
            {
                SlotNames.Mood => meaning.Mood,
                SlotNames.Genre => meaning.Genre,
                SlotNames.Era => meaning.Era,
                SlotNames.Artist => meaning.Artist,
                _ => meaning.Activity,
            };
            var fulfillable = id is not null && HasMusicFor(slotName, id);
            slots[slotName] = new CanFulfillSlot
            {
                CanUnderstand = id is not null ? CanFulfillAnswer.Yes : CanFulfillAnswer.Maybe,
                CanFulfill = fulfillable ? CanFulfillAnswer.Yes : CanFulfillAnswer.No,
            };
            if (!fulfillable)
            {
                overall = CanFulfillAnswer.Maybe;
            }
        }

        return Build(request, overall, slots.Count == 0 ? null : slots);
    }

    private bool HasMusicFor(string slot, string id)
    {
        var index = CatalogIndex.For(services.Catalog);
        var bit = slot == SlotNames.Genre ? CatalogIndex.Bit(id) : 0u;
        return slot switch
        {
            SlotNames.Genre => index.GenreMask.Any(mask => (mask & bit) != 0),
            SlotNames.Era => index.Era.Contains(CatalogIndex.EraIndex(id)),
            SlotNames.Artist => services.Catalog.TracksBy(id).Count > 0,
            _ => true,
        };
    }

    private static SkillResponse Build(Request request, CanFulfillAnswer answer, Dictionary<string, CanFulfillSlot>? slots) =>
        ResponseBuilder.For(request).CanFulfill(new CanFulfillIntent { CanFulfill = answer, Slots = slots }).Build();
}
