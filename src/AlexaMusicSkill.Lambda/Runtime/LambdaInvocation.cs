namespace AlexaMusicSkill.Lambda.Runtime;

/// <summary>One event handed out by <c>GET /runtime/invocation/next</c>: the raw body and the headers that describe it.</summary>
internal sealed record LambdaInvocation(string RequestId, byte[] Body)
{
    /// <summary>From <c>Lambda-Runtime-Deadline-Ms</c>; null when the header is absent or unreadable.</summary>
    public DateTimeOffset? Deadline { get; init; }

    public string? FunctionArn { get; init; }

    /// <summary>The X-Ray header (<c>Root=…;Parent=…;Sampled=…</c>), copied to <c>_X_AMZN_TRACE_ID</c> for the invocation.</summary>
    public string? TraceId { get; init; }
}
