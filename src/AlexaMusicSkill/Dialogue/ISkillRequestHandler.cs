using AlexaMusicSkill.Alexa;

namespace AlexaMusicSkill.Dialogue;

/// <summary>Handles a parsed, skill-id-verified request. Implemented by the dialogue engine.</summary>
public interface ISkillRequestHandler
{
    /// <summary>The response, with the turn's structured account when there was a turn (in-process hosts read it).</summary>
    Task<TurnResult> HandleAsync(SkillRequest request, InvocationContext context, CancellationToken cancellationToken);
}
