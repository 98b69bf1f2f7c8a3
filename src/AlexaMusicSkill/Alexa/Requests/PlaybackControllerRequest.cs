namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Hardware and touch buttons; voice commands arrive as AMAZON.* intents instead.</summary>
public abstract class PlaybackControllerRequest : Request;

public sealed class PlayCommandIssuedRequest : PlaybackControllerRequest
{
    public override string Type => RequestTypes.PlayCommandIssued;
}

public sealed class PauseCommandIssuedRequest : PlaybackControllerRequest
{
    public override string Type => RequestTypes.PauseCommandIssued;
}

public sealed class NextCommandIssuedRequest : PlaybackControllerRequest
{
    public override string Type => RequestTypes.NextCommandIssued;
}

public sealed class PreviousCommandIssuedRequest : PlaybackControllerRequest
{
    public override string Type => RequestTypes.PreviousCommandIssued;
}
