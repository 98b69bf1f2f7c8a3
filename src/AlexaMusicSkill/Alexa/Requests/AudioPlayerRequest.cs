namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Base of the AudioPlayer.* events: they carry the stream token and offset, and no session.</summary>
public abstract class AudioPlayerRequest : Request
{
    public string? Token { get; set; }

    public long? OffsetInMilliseconds { get; set; }
}

public sealed class PlaybackStartedRequest : AudioPlayerRequest
{
    private protected override string WireType => RequestTypes.PlaybackStarted;
}

public sealed class PlaybackFinishedRequest : AudioPlayerRequest
{
    private protected override string WireType => RequestTypes.PlaybackFinished;
}

public sealed class PlaybackStoppedRequest : AudioPlayerRequest
{
    private protected override string WireType => RequestTypes.PlaybackStopped;
}

public sealed class PlaybackNearlyFinishedRequest : AudioPlayerRequest
{
    private protected override string WireType => RequestTypes.PlaybackNearlyFinished;
}

public sealed class PlaybackFailedRequest : AudioPlayerRequest
{
    public RequestError? Error { get; set; }

    public AudioPlayerState? CurrentPlaybackState { get; set; }

    private protected override string WireType => RequestTypes.PlaybackFailed;
}
