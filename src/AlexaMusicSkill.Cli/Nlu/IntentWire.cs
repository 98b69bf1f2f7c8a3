using AlexaMusicSkill.Alexa.Requests;

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

    private static Slot Filled(SlotFill fill, InteractionModel model, string skillId)
    {
        // Entity resolution runs only for custom slot types; built-in types carry the value alone.
        var resolutions = model.Types.ContainsKey(fill.Type) ? Resolutions(fill, skillId) : null;
        return new Slot
        {
            Name = fill.Name,
            Value = fill.Heard,
            ConfirmationStatus = "NONE",
            Source = "USER",
            Resolutions = resolutions,
            SlotValue = new SimpleSlotValue { Value = fill.Heard, Resolutions = resolutions is null ? null : Resolutions(fill, skillId) },
        };
    }

    private static Resolutions Resolutions(SlotFill fill, string skillId) => new()
    {
        ResolutionsPerAuthority =
        [
            new ResolutionAuthority
            {
                Authority = $"amzn1.er-authority.echo-sdk.{skillId}.{fill.Type}",
                Status = new ResolutionStatusCode { Code = fill.Resolved ? ResolutionCodes.Match : ResolutionCodes.NoMatch },
                Values = fill.Resolved ? [new ResolutionValueWrapper { Value = new ResolutionValue { Name = fill.CanonicalName, Id = fill.Id } }] : null,
            },
        ],
    };
}
