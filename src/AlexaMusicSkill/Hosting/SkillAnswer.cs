using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Dialogue;

namespace AlexaMusicSkill.Hosting;

/// <summary>
/// What the entry point made of one typed request: a response (an apology when something failed), with the turn's
/// account when there was one, or a refusal (nothing was processed or stored).
/// </summary>
public sealed record SkillAnswer
{
    public SkillResponse? Response { get; init; }

    public TurnAccount? Account { get; init; }

    public InvocationOutcome.Refused? Refusal { get; init; }

    /// <summary>The response is an apology because the request was unreadable or the turn failed.</summary>
    public bool Failed { get; init; }
}
