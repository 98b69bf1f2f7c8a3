namespace AlexaMusicSkill.Alexa.Requests;

public sealed class Intent
{
    public string? Name { get; set; }

    /// <summary>NONE, DENIED or CONFIRMED.</summary>
    public string? ConfirmationStatus { get; set; }

    /// <summary>Keyed by slot name; every declared slot may appear, with or without a value.</summary>
    public Dictionary<string, Slot>? Slots { get; set; }

    public Slot? GetSlot(string name) =>
        Slots is not null && Slots.TryGetValue(name, out var slot) ? slot : null;
}
