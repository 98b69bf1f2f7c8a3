namespace AlexaMusicSkill.Offline.Simulation.Populations;

/// <summary>
/// How the HetRec 2011 Last.fm users become simulated listeners (frozen with <see cref="SimulatorOptions"/>).
/// Items are artists. The engine's research catalog keeps artists that enough users know and whose genre the tags
/// support (a voice recommender narrows by genre, and a simulated listener judges by it).
/// </summary>
public sealed record LastFmPopulationOptions
{
    public const string Version = "hetrec-v1";

    /// <summary>An artist enters the research catalog when at least this many users listened to it…</summary>
    public int MinListeners { get; init; } = 5;

    /// <summary>Artists held out of each user's history as the targets their conversations look for.</summary>
    public int Targets { get; init; } = 5;

    /// <summary>Users with fewer catalog artists left in their history after the hold-out are left out.</summary>
    public int MinHistory { get; init; } = 5;

    public static LastFmPopulationOptions Default { get; } = new();
}
