namespace AlexaMusicSkill.Alexa.Responses;

public sealed class AudioPlayerPlayDirective : Directive
{
    public PlayBehavior PlayBehavior { get; set; }

    public AudioItem AudioItem { get; set; } = new();

    private protected override string WireType => DirectiveTypes.AudioPlayerPlay;
}

public sealed class AudioItem
{
    public AudioStream Stream { get; set; } = new();

    public AudioItemMetadata? Metadata { get; set; }
}

public sealed class AudioStream
{
    public string Url { get; set; } = string.Empty;

    /// <summary>Our only correlation key for later AudioPlayer events (at most 1,024 characters).</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>Required with, and allowed only with, ENQUEUE.</summary>
    public string? ExpectedPreviousToken { get; set; }

    public long OffsetInMilliseconds { get; set; }
}

public sealed class AudioItemMetadata
{
    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public ImageSources? Art { get; set; }

    public ImageSources? BackgroundImage { get; set; }
}

public sealed class ImageSources
{
    public string? ContentDescription { get; set; }

    public List<ImageSource>? Sources { get; set; }
}

public sealed class ImageSource
{
    public string Url { get; set; } = string.Empty;
}

public sealed class AudioPlayerStopDirective : Directive
{
    private protected override string WireType => DirectiveTypes.AudioPlayerStop;
}

public sealed class AudioPlayerClearQueueDirective : Directive
{
    public ClearBehavior ClearBehavior { get; set; }

    private protected override string WireType => DirectiveTypes.AudioPlayerClearQueue;
}
