namespace AlexaMusicSkill.Alexa.Requests;

public sealed class SessionEndedRequest : Request
{
    /// <summary>USER_INITIATED, ERROR or EXCEEDED_MAX_REPROMPTS.</summary>
    public string? Reason { get; set; }

    public RequestError? Error { get; set; }

    private protected override string WireType => RequestTypes.SessionEnded;
}

/// <summary>The <c>error</c> object of SessionEnded, PlaybackFailed and System.ExceptionEncountered.</summary>
public sealed class RequestError
{
    public string? Type { get; set; }

    public string? Message { get; set; }
}
