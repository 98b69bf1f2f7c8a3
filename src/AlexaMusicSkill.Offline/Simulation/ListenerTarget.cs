namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>What a listener is after in one conversation: an artist held out of their own history, as they know it.</summary>
public sealed record ListenerTarget(string ArtistId, TrueAttributes Attributes);
