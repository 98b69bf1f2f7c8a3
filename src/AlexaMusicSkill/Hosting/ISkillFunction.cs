using AlexaMusicSkill.Dialogue;

namespace AlexaMusicSkill.Hosting;

/// <summary>
/// The one entry every host calls with the raw request bytes: the Lambda Runtime API loop, the CLI
/// (chat, invoke, serve, replay) and the simulator. Never throws for bad input; a wrong skill id is refused.
/// </summary>
public interface ISkillFunction
{
    Task<InvocationOutcome> InvokeAsync(ReadOnlyMemory<byte> requestUtf8, InvocationContext context, CancellationToken cancellationToken = default);
}
