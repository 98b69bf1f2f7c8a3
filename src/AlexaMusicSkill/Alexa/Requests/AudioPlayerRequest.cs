namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Base of the AudioPlayer.* events: they carry the stream token and offset, and no session.</summary>
public abstract class AudioPlayerRequest : Request
{
    public string? Token { get; set; }

    public long? OffsetInMilliseconds { get; set; }
}

public sealed class PlaybackStartedRequest : AudioPlayerRequest
{
    public override string Type => RequestTypes.PlaybackStarted;
}

public sealed class PlaybackFinishedRequest : AudioPlayerRequest
{
    public override string Type => RequestTypes.PlaybackFinished;
}

public sealed class PlaybackStoppedRequest : AudioPlayerRequest
{
    public override string Type => RequestTypes.PlaybackStopped;
}

public sealed class PlaybackNearlyFinishedRequest : AudioPlayerRequest
{
    public override string Type => RequestTypes.PlaybackNearlyFinished;
}

public sealed class PlaybackFailedRequest : AudioPlayerRequest
{
    public RequestError? Error { get; set; }

    public AudioPlayerState? CurrentPlaybackState { get; set; }

    public override string Type => RequestTypes.PlaybackFailed;
}
