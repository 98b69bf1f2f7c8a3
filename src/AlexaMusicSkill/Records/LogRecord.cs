using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Records;

/// <summary>
/// Base of the decision log's records (documented field by field in <c>docs/decision-log.md</c>). Each is one JSON
/// line with <c>"level":"INFO"</c> (so Lambda's log-level filter never drops it) and a <c>recordType</c>.
/// Fields are only ever added; <see cref="SchemaVersion"/> says which ones a line can have.
/// Never holds a raw Alexa user or person id, nor utterance text: <see cref="UserKey"/> and <see cref="PersonKey"/> are
/// keyed hashes.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "recordType", IgnoreUnrecognizedTypeDiscriminators = false)]
[JsonDerivedType(typeof(DecisionRecord), RecordTypes.Decision)]
[JsonDerivedType(typeof(OutcomeRecord), RecordTypes.Outcome)]
[JsonDerivedType(typeof(ListeningRecord), RecordTypes.Listening)]
public abstract record LogRecord
{
    public const int CurrentSchemaVersion = 1;

    public string Level { get; init; } = "INFO";

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The Alexa request id; readers deduplicate on it (Lambda may retry a request).</summary>
    public required string RequestId { get; init; }

    public required string ConversationId { get; init; }

    public required string UserKey { get; init; }

    /// <summary>
    /// The recognized household member (keyed hash of <c>context.System.person.personId</c>); absent otherwise, and then
    /// not written, so lines without one are byte for byte what they were. Listener-level statistics and rollout arms
    /// stay keyed by <see cref="UserKey"/>.
    /// </summary>
    public string? PersonKey { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public string Arm { get; init; } = "production";

    public string PolicyVersion { get; init; } = string.Empty;
}

public static class RecordTypes
{
    public const string Decision = "decision";
    public const string Outcome = "outcome";
    public const string Listening = "listening";
}
