using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// How one simulated conversation went, from the simulator's side: the listener and target, whether they accepted
/// (and through what), the decisions it took and which action each one was, and the listener's tally.
/// </summary>
public sealed record SimulatedConversation(
    int Listener,
    int Index,
    string ConversationId,
    string TargetArtistId,
    bool Accepted,
    int Turns,
    string? AcceptedVia,
    IReadOnlyList<ActionType> Actions,
    ListenerTally Tally)
{
    public const string ViaDirect = "direct";

    public bool Abandoned => !Accepted;
}
