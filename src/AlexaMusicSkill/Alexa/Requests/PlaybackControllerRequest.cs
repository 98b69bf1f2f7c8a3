namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Hardware and touch buttons; voice commands arrive as AMAZON.* intents instead.</summary>
public abstract class PlaybackControllerRequest : Request;

public sealed class PlayCommandIssuedRequest : PlaybackControllerRequest
{
    protected override string WireType => RequestTypes.PlayCommandIssued;
}

public sealed class PauseCommandIssuedRequest : PlaybackControllerRequest
{
    protected override string WireType => RequestTypes.PauseCommandIssued;
}

public sealed class NextCommandIssuedRequest : PlaybackControllerRequest
{
    protected override string WireType => RequestTypes.NextCommandIssued;
}

public sealed class PreviousCommandIssuedRequest : PlaybackControllerRequest
{
    protected override string WireType => RequestTypes.PreviousCommandIssued;
}
