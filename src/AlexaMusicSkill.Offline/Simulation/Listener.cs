namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// One simulated listener: a stable id, the artists of their listening history (most played first; the engine sees
/// them as played tracks in the profile) and the held-out artists their conversations look for, in turn.
/// </summary>
public sealed record Listener(string Id, IReadOnlyList<string> HistoryArtistIds, IReadOnlyList<string> TargetArtistIds);
