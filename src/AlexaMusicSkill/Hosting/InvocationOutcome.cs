namespace AlexaMusicSkill.Hosting;

/// <summary>The result of one invocation: a response to send, or a refusal (for example a wrong skill id).</summary>
public abstract record InvocationOutcome
{
    private InvocationOutcome()
    {
    }

    /// <summary>A valid Alexa response envelope, UTF-8 JSON.</summary>
    public sealed record Answered(byte[] ResponseUtf8) : InvocationOutcome;

    /// <summary>
    /// Not answered on purpose; nothing was processed or stored. <paramref name="ErrorType"/> is short and
    /// PascalCase (hosts use it as <c>Function.&lt;ErrorType&gt;</c> or map it to HTTP 400).
    /// </summary>
    public sealed record Refused(string ErrorType, string Message) : InvocationOutcome;
}
