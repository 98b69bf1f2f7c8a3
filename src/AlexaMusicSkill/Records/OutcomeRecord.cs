using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Records;

/// <summary>The end of a conversation: accepted (with what) or abandoned (with why), and how many decisions it took.</summary>
public sealed record OutcomeRecord : LogRecord
{
    public const string Accepted = "accepted";
    public const string Abandoned = "abandoned";

    public required string Outcome { get; init; }

    /// <summary>sample, artist, station or direct (the listener asked for it outright).</summary>
    public string? AcceptedVia { get; init; }

    public AcceptedItem? Item { get; init; }

    /// <summary>For abandoned: stop, cancel, session_ended:&lt;reason&gt;, navigate_home, max_turns, new_session, forget_me.</summary>
    public string? Reason { get; init; }

    /// <summary>Decisions made in the conversation.</summary>
    public required int Turns { get; init; }

    /// <summary>The meaning of the last user input (the reply to the last decision).</summary>
    public required UserMeaning FinalInput { get; init; }

    /// <summary>Known only after playback: readers fill it from listening records.</summary>
    public double? ListeningSeconds { get; init; }
}

/// <summary>What was accepted: the station and what seeded it, with the attributes rewards are matched against.</summary>
public sealed record AcceptedItem
{
    public required string StationId { get; init; }

    public string? TrackId { get; init; }

    public string? ArtistId { get; init; }

    /// <summary>The first track the station played.</summary>
    public string? FirstTrackId { get; init; }

    public IReadOnlyList<string> Genres { get; init; } = [];

    public string? Mood { get; init; }

    public string? Era { get; init; }

    public string? Activity { get; init; }
}
