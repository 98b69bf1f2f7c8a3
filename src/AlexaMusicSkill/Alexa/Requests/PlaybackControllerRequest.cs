namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Hardware and touch buttons; voice commands arrive as AMAZON.* intents instead.</summary>
public abstract class PlaybackControllerRequest : Request;

public sealed class PlayCommandIssuedRequest : PlaybackControllerRequest
{
    private protected override string WireType => RequestTypes.PlayCommandIssued;
}

public sealed class PauseCommandIssuedRequest : PlaybackControllerRequest
{
    private protected override string WireType => RequestTypes.PauseCommandIssued;
}

public sealed class NextCommandIssuedRequest : PlaybackControllerRequest
{
    private protected override string WireType => RequestTypes.NextCommandIssued;
}

public sealed class PreviousCommandIssuedRequest : PlaybackControllerRequest
{
    private protected override string WireType => RequestTypes.PreviousCommandIssued;
}
