using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;

namespace AlexaMusicSkill.Dialogue;

/// <summary>Handles a parsed, skill-id-verified request. Implemented by the dialogue engine.</summary>
public interface ISkillRequestHandler
{
    Task<SkillResponse> HandleAsync(SkillRequest request, InvocationContext context, CancellationToken cancellationToken);
}
