namespace AlexaMusicSkill.State;

/// <summary>
/// The long-term profile (its own item): what the listener liked, rejected and played across conversations,
/// and where playback stands (AudioPlayer events carry no session, so this is where resume reads from).
/// </summary>
public sealed record UserProfile
{
    public const int CurrentSchemaVersion = 1;
    public const int MaxLiked = 100;
    public const int MaxRejected = 200;
    public const int MaxPlayed = 200;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public IReadOnlyList<string> Liked { get; init; } = [];

    public IReadOnlyList<string> Rejected { get; init; } = [];

    public IReadOnlyList<string> Played { get; init; } = [];

    public int Conversations { get; init; }

    public int Accepted { get; init; }

    public PlaybackState? Playback { get; init; }

    public static UserProfile Empty { get; } = new();
}

public enum PlayerStatus
{
    Playing,
    Paused,
    Stopped,
    Finished,
}

/// <summary>The station and track now (or last) playing, with the offset to resume from.</summary>
public sealed record PlaybackState
{
    public required string Token { get; init; }

    public required string StationId { get; init; }

    public int Index { get; init; }

    public required string TrackId { get; init; }

    public long OffsetMs { get; init; }

    public PlayerStatus Status { get; init; } = PlayerStatus.Playing;

    public bool Loop { get; init; }

    public bool Shuffle { get; init; }

    /// <summary>The conversation that started this listening session (its outcome gets the listening time).</summary>
    public string? ConversationId { get; init; }

    /// <summary>Tokens whose PlaybackStarted was already counted (idempotent Started).</summary>
    public string? StartedToken { get; init; }

    /// <summary>Tracks that failed to play in this session, so a broken stream is never retried in a loop.</summary>
    public IReadOnlyList<string> Failed { get; init; } = [];

    /// <summary>Tracks the listener turned down while playing ("thumbs down"); the station skips them.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }
}
