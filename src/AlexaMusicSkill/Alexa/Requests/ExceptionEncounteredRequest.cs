namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Alexa reporting that one of our responses failed; it must get an empty response.</summary>
public sealed class ExceptionEncounteredRequest : Request
{
    public RequestError? Error { get; set; }

    public ExceptionCause? Cause { get; set; }

    private protected override string WireType => RequestTypes.ExceptionEncountered;
}

public sealed class ExceptionCause
{
    public string? RequestId { get; set; }
}
