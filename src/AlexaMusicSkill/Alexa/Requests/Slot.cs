namespace AlexaMusicSkill.Alexa.Requests;

public sealed class Slot
{
    public string? Name { get; set; }

    /// <summary>What was heard, not the canonical value; may be missing.</summary>
    public string? Value { get; set; }

    public string? ConfirmationStatus { get; set; }

    public string? Source { get; set; }

    public Resolutions? Resolutions { get; set; }

    /// <summary>The newer shape (Simple or List); carries the same resolutions for single values.</summary>
    public SlotValue? SlotValue { get; set; }

    /// <summary>
    /// The entity-resolution outcome for this slot, preferring a dynamic-entity match over the static one.
    /// Falls back to <see cref="SlotValue"/> when the legacy <c>resolutions</c> block is absent.
    /// </summary>
    public SlotResolution Resolve()
    {
        var authorities = Resolutions?.ResolutionsPerAuthority
            ?? (SlotValue as SimpleSlotValue)?.Resolutions?.ResolutionsPerAuthority;
        if (authorities is null || authorities.Count == 0)
        {
            return Value is null ? SlotResolution.Missing : new SlotResolution(ResolutionStatus.NoResolution, null, null);
        }

        ResolutionAuthority? staticMatch = null;
        ResolutionAuthority? firstOther = null;
        foreach (var authority in authorities)
        {
            var matched = authority.Status?.Code == ResolutionCodes.Match && authority.Values is { Count: > 0 };
            if (matched && authority.IsDynamic)
            {
                return SlotResolution.FromMatch(authority);
            }

            if (matched)
            {
                staticMatch ??= authority;
            }
            else
            {
                firstOther ??= authority;
            }
        }

        if (staticMatch is not null)
        {
            return SlotResolution.FromMatch(staticMatch);
        }

        var status = firstOther?.Status?.Code switch
        {
            ResolutionCodes.NoMatch => ResolutionStatus.NoMatch,
            ResolutionCodes.ErrorTimeout or ResolutionCodes.ErrorException => ResolutionStatus.Error,
            _ => ResolutionStatus.NoResolution,
        };
        return new SlotResolution(status, null, null);
    }
}
