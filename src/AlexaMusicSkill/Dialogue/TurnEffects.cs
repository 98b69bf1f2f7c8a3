using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;

namespace AlexaMusicSkill.Dialogue;

/// <summary>
/// What a turn decided, before anything is written: the response, the new state (null = unchanged), a profile update
/// (a function, so it can be re-applied to a newer profile after a lost race), and the records to emit once saved.
/// </summary>
public sealed record TurnEffects(SkillResponse Response)
{
    public DialogueState? NewState { get; init; }

    public Func<UserProfile, UserProfile>? ProfileUpdate { get; init; }

    public IReadOnlyList<LogRecord> Records { get; init; } = [];

    public bool DeleteUser { get; init; }

    public TurnAccount? Account { get; init; }
}

/// <summary>
/// A structured account of the turn for in-process hosts (the simulator): what was done and offered, so nobody has
/// to parse SSML. <see cref="Outcome"/> is set when the conversation ended this turn.
/// </summary>
public sealed record TurnAccount(
    string ConversationId,
    int Turn,
    string? ActionId,
    OfferedContent? Offered,
    string? Outcome,
    bool SessionEnded);
