using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Records;

/// <summary>
/// Base of the decision log's records (documented field by field in <c>docs/decision-log.md</c>). Each is one JSON
/// line with <c>"level":"INFO"</c> (so Lambda's log-level filter never drops it) and a <c>recordType</c>.
/// Fields are only ever added; <see cref="SchemaVersion"/> says which ones a line can have.
/// Never holds a raw Alexa user id or utterance text: <see cref="UserKey"/> is a keyed hash.
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
