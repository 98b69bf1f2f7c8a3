using System.Text;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;

namespace AlexaMusicSkill.Cli.Chat;

/// <summary>
/// Sends one envelope through the skill as bytes, exactly as a host does, with Alexa's deadline; prints the raw JSON
/// when asked; a refused request (wrong skill id) is printed and yields no response.
/// </summary>
internal sealed class SkillExchange(ISkillFunction function, TranscriptWriter transcript, TimeProvider clock)
{
    /// <summary>How long Alexa waits for the skill.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(7);

    public async Task<SkillResponse?> SendAsync(SkillRequest envelope, CancellationToken cancellationToken)
    {
        var json = AlexaJson.SerializeRequest(envelope);
        transcript.Json(">>> request", json);
        var context = new InvocationContext(envelope.Request!.RequestId!, clock.GetUtcNow() + Deadline);
        switch (await function.InvokeAsync(Encoding.UTF8.GetBytes(json), context, cancellationToken))
        {
            case InvocationOutcome.Answered answered:
                var text = Encoding.UTF8.GetString(answered.ResponseUtf8);
                transcript.Json("<<< response", text);
                return AlexaJson.DeserializeResponse(text);
            case InvocationOutcome.Refused refused:
                transcript.Refused(refused.Message);
                return null;
            default:
                return null;
        }
    }
}
