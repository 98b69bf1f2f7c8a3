namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>One slot as Alexa would fill it from what the listener said: the words heard and the id entity resolution matched (null: no match).</summary>
public readonly record struct SpokenSlot(string Slot, string Heard, string? Id);
