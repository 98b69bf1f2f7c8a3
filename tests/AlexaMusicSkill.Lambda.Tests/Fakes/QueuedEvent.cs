namespace AlexaMusicSkill.Lambda.Tests.Fakes;

/// <summary>An event the fake Runtime API hands out on <c>next</c>, with the headers Lambda would send (null = header absent).</summary>
internal sealed record QueuedEvent(string RequestId, byte[] Body)
{
    public long? DeadlineMs { get; init; }

    public string? FunctionArn { get; init; }

    public string? TraceId { get; init; }

    public static QueuedEvent Json(string requestId, string json) => new(requestId, System.Text.Encoding.UTF8.GetBytes(json));
}
