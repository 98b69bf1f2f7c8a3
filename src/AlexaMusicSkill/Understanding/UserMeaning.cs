using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Understanding;

/// <summary>
/// The meaning representation of one user input: the act and the attribute ids it carried, with how well it was
/// understood. This, never the words, is what state and records keep.
/// </summary>
public sealed record UserMeaning
{
    public UserAct Act { get; init; }

    public string? Mood { get; init; }

    public string? Genre { get; init; }

    public string? Era { get; init; }

    public string? Artist { get; init; }

    public string? Activity { get; init; }

    public string? Feedback { get; init; }

    /// <summary>Match (every heard slot resolved), NoMatch (some heard slot did not), or None (no slot heard).</summary>
    public string ErStatus { get; init; } = ErStatuses.None;

    /// <summary>This turn's understanding confidence in [0, 1].</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>SessionEndedRequest reason, when the act is SessionEnded.</summary>
    public string? EndReason { get; init; }

    /// <summary>
    /// The words the feedback slot heard, for the in-memory sentiment scorer only. Never serialized: records and
    /// state keep meaning, not utterance text.
    /// </summary>
    [JsonIgnore]
    public string? HeardFeedbackWords { get; init; }

    [JsonIgnore]
    public bool HasAttributes => Mood is not null || Genre is not null || Era is not null || Artist is not null || Activity is not null;

    public static UserMeaning Of(UserAct act) => new() { Act = act };
}

public static class ErStatuses
{
    public const string Match = "match";
    public const string NoMatch = "no_match";
    public const string None = "none";
}
