namespace AlexaMusicSkill.Alexa.Requests;

public sealed class Slot
{
    public string? Name { get; set; }

    /// <summary>What was heard, not the canonical value; missing when nothing was heard and on multiple-value slots.</summary>
    public string? Value { get; set; }

    public string? ConfirmationStatus { get; set; }

    public string? Source { get; set; }

    public Resolutions? Resolutions { get; set; }

    /// <summary>The newer shape (Simple or List); the only one that carries the values of a multiple-value slot.</summary>
    public SlotValue? SlotValue { get; set; }

    /// <summary>
    /// The entity-resolution outcome for this slot, preferring a dynamic-entity match over the static one.
    /// Falls back to <see cref="SlotValue"/> when the legacy <c>resolutions</c> block is absent; a multiple-value
    /// slot resolves to its first value (see <see cref="ResolveAll"/> for every value).
    /// </summary>
    public SlotResolution Resolve()
    {
        if (Resolutions?.ResolutionsPerAuthority is { Count: > 0 } authorities)
        {
            return SlotResolution.From(authorities, Value);
        }

        return SlotValue switch
        {
            SimpleSlotValue simple => simple.Resolve(),
            SlotValueList list when list.Flatten().FirstOrDefault() is { } first => first.Resolve(),
            _ => SlotResolution.From(null, Value),
        };
    }

    /// <summary>One resolution per value heard, in order (nested lists flattened); empty when nothing was heard.</summary>
    public IReadOnlyList<SlotResolution> ResolveAll()
    {
        if (SlotValue is SlotValueList list)
        {
            return list.Flatten().Select(value => value.Resolve()).ToList();
        }

        var single = Resolve();
        return single.Status == ResolutionStatus.Missing ? [] : [single];
    }
}
