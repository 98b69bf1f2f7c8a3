using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// One row of the <c>records</c> table (Glue / Athena, Parquet): every record type in one wide row, the fields of the
/// other types null. Column names are the JSON keys lower-cased (Athena lower-cases names; Firehose's OpenX JSON SerDe
/// matches keys case-insensitively), nested objects are structs and lists are arrays, so the files Firehose writes and
/// the files <see cref="ParquetRecordFile"/> writes share <c>template.yaml</c>'s schema (a test compares them).
/// </summary>
public sealed class RecordRow
{
    [JsonPropertyName("recordtype")]
    public string? RecordType { get; set; }

    [JsonPropertyName("schemaversion")]
    public int? SchemaVersion { get; set; }

    [JsonPropertyName("level")]
    public string? Level { get; set; }

    [JsonPropertyName("requestid")]
    public string? RequestId { get; set; }

    [JsonPropertyName("conversationid")]
    public string? ConversationId { get; set; }

    [JsonPropertyName("userkey")]
    public string? UserKey { get; set; }

    /// <summary>ISO 8601 with offset, as logged (a string: Firehose's SerDe parses only '...Z' timestamps).</summary>
    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; set; }

    [JsonPropertyName("arm")]
    public string? Arm { get; set; }

    [JsonPropertyName("policyversion")]
    public string? PolicyVersion { get; set; }

    // Decision records.
    [JsonPropertyName("turn")]
    public int? Turn { get; set; }

    [JsonPropertyName("exploring")]
    public bool? Exploring { get; set; }

    [JsonPropertyName("explorationscheme")]
    public string? ExplorationScheme { get; set; }

    [JsonPropertyName("epsilon")]
    public double? Epsilon { get; set; }

    [JsonPropertyName("modelversion")]
    public string? ModelVersion { get; set; }

    [JsonPropertyName("featureschemaversion")]
    public string? FeatureSchemaVersion { get; set; }

    [JsonPropertyName("catalogfingerprint")]
    public string? CatalogFingerprint { get; set; }

    [JsonPropertyName("input")]
    public MeaningRow? Input { get; set; }

    [JsonPropertyName("context")]
    public ContextRow? Context { get; set; }

    [JsonPropertyName("candidates")]
    public List<CandidateRow>? Candidates { get; set; }

    [JsonPropertyName("chosen")]
    public string? Chosen { get; set; }

    [JsonPropertyName("propensity")]
    public double? Propensity { get; set; }

    [JsonPropertyName("offered")]
    public OfferedRow? Offered { get; set; }

    [JsonPropertyName("closeness")]
    public double? Closeness { get; set; }

    [JsonPropertyName("sentiment")]
    public double? Sentiment { get; set; }

    // Outcome records.
    [JsonPropertyName("outcome")]
    public string? Outcome { get; set; }

    [JsonPropertyName("acceptedvia")]
    public string? AcceptedVia { get; set; }

    [JsonPropertyName("item")]
    public ItemRow? Item { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("turns")]
    public int? Turns { get; set; }

    [JsonPropertyName("finalinput")]
    public MeaningRow? FinalInput { get; set; }

    [JsonPropertyName("listeningseconds")]
    public double? ListeningSeconds { get; set; }

    // Listening records.
    [JsonPropertyName("trackid")]
    public string? TrackId { get; set; }

    [JsonPropertyName("stationid")]
    public string? StationId { get; set; }

    [JsonPropertyName("seconds")]
    public double? Seconds { get; set; }

    [JsonPropertyName("event")]
    public string? Event { get; set; }
}
