using System.Globalization;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;
using Parquet.Schema;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// The one map between records and rows of the <c>records</c> table (Glue / Athena, Parquet): every column once, in
/// table order, with its Parquet type, its getter and its setter. The writer, the reader and
/// <see cref="RecordTableSchema"/> all use it, so adding a record field is one line here (then paste the Glue block the
/// schema test prints into <c>template.yaml</c>). One wide row holds every record type: <c>recordtype</c> says which,
/// the other types' columns are null. Column names are the JSON keys lower-cased (Athena lower-cases names; Firehose's
/// OpenX JSON SerDe matches keys case-insensitively), nested objects are structs and lists are arrays, so the files
/// Firehose writes and the files <see cref="ParquetRecordFile"/> writes share one schema.
/// </summary>
internal static class RecordColumns
{
    private const string TypeColumn = "recordtype";

    private static readonly ColumnMap<UserMeaning> MeaningColumns = new ColumnMap<UserMeaning>(() => new UserMeaning())
        .Text("act", m => m.Act.ToString(), (m, v) => m with { Act = Act(v) }, required: true)
        .Text("mood", m => m.Mood, (m, v) => m with { Mood = v })
        .Text("genre", m => m.Genre, (m, v) => m with { Genre = v })
        .Text("era", m => m.Era, (m, v) => m with { Era = v })
        .Text("artist", m => m.Artist, (m, v) => m with { Artist = v })
        .Text("activity", m => m.Activity, (m, v) => m with { Activity = v })
        .Text("feedback", m => m.Feedback, (m, v) => m with { Feedback = v })
        .Text("erstatus", m => m.ErStatus, (m, v) => m with { ErStatus = v })
        .Double("confidence", m => m.Confidence, (m, v) => m with { Confidence = v })
        .Text("endreason", m => m.EndReason, (m, v) => m with { EndReason = v });

    private static readonly ColumnMap<PolicyContext> ContextColumns = new ColumnMap<PolicyContext>(() => new PolicyContext())
        .Int("turn", c => c.Turn, (c, v) => c with { Turn = v })
        .Text("mood", c => c.Mood, (c, v) => c with { Mood = v })
        .Text("genre", c => c.Genre, (c, v) => c with { Genre = v })
        .Text("era", c => c.Era, (c, v) => c with { Era = v })
        .Text("artist", c => c.Artist, (c, v) => c with { Artist = v })
        .Text("activity", c => c.Activity, (c, v) => c with { Activity = v })
        .Text("seedtrack", c => c.SeedTrack, (c, v) => c with { SeedTrack = v })
        .Int("askedopen", c => c.AskedOpen, (c, v) => c with { AskedOpen = v })
        .Int("askedmood", c => c.AskedMood, (c, v) => c with { AskedMood = v })
        .Int("askedgenre", c => c.AskedGenre, (c, v) => c with { AskedGenre = v })
        .Int("askedera", c => c.AskedEra, (c, v) => c with { AskedEra = v })
        .Int("samplesoffered", c => c.SamplesOffered, (c, v) => c with { SamplesOffered = v })
        .Int("artistsoffered", c => c.ArtistsOffered, (c, v) => c with { ArtistsOffered = v })
        .Int("stationsoffered", c => c.StationsOffered, (c, v) => c with { StationsOffered = v })
        .Int("rejections", c => c.Rejections, (c, v) => c with { Rejections = v })
        .Text("lastact", c => c.LastAct, (c, v) => c with { LastAct = v })
        .Double("understanding", c => c.Understanding, (c, v) => c with { Understanding = v })
        .Int("fallbackstreak", c => c.FallbackStreak, (c, v) => c with { FallbackStreak = v })
        .Int("poolsize", c => c.PoolSize, (c, v) => c with { PoolSize = v })
        .Double("poolgenreentropy", c => c.PoolGenreEntropy, (c, v) => c with { PoolGenreEntropy = v })
        .Double("poollaidbackshare", c => c.PoolLaidBackShare, (c, v) => c with { PoolLaidBackShare = v })
        .Double("poolupbeatshare", c => c.PoolUpbeatShare, (c, v) => c with { PoolUpbeatShare = v })
        .Int("relaxed", c => c.Relaxed, (c, v) => c with { Relaxed = v })
        .Double("sentiment", c => c.Sentiment, (c, v) => c with { Sentiment = v })
        .Double("closeness", c => c.Closeness, (c, v) => c with { Closeness = v })
        .Int("knowncount", c => c.KnownCount, set: null); // derived from the others: written for queries, not read back

    private static readonly ColumnMap<CandidateRecord> CandidateColumns = new ColumnMap<CandidateRecord>(() => new CandidateRecord(string.Empty, 0, 0, 0, null, []))
        .Text("action", c => c.Action, (c, v) => c with { Action = v }, required: true)
        .Double("score", c => c.Score, (c, v) => c with { Score = v })
        .Double("probability", c => c.Probability, (c, v) => c with { Probability = v })
        .Double("poolshare", c => c.PoolShare, (c, v) => c with { PoolShare = v })
        .Double("affinity", c => c.Affinity, (c, v) => c with { Affinity = v })
        .Floats("features", c => c.Features, (c, v) => c with { Features = v });

    private static readonly ColumnMap<OfferedContent> OfferedColumns = new ColumnMap<OfferedContent>(() => new OfferedContent())
        .Text("type", o => o.Type, (o, v) => o with { Type = v })
        .Texts("attributes", o => o.Attributes, (o, v) => o with { Attributes = v })
        .Text("trackid", o => o.TrackId, (o, v) => o with { TrackId = v })
        .Text("artistid", o => o.ArtistId, (o, v) => o with { ArtistId = v })
        .Text("stationid", o => o.StationId, (o, v) => o with { StationId = v });

    private static readonly ColumnMap<AcceptedItem> ItemColumns = new ColumnMap<AcceptedItem>(() => new AcceptedItem { StationId = string.Empty })
        .Text("stationid", i => i.StationId, (i, v) => i with { StationId = v }, required: true)
        .Text("trackid", i => i.TrackId, (i, v) => i with { TrackId = v })
        .Text("artistid", i => i.ArtistId, (i, v) => i with { ArtistId = v })
        .Text("firsttrackid", i => i.FirstTrackId, (i, v) => i with { FirstTrackId = v })
        .Texts("genres", i => i.Genres, (i, v) => i with { Genres = v })
        .Text("mood", i => i.Mood, (i, v) => i with { Mood = v })
        .Text("era", i => i.Era, (i, v) => i with { Era = v })
        .Text("activity", i => i.Activity, (i, v) => i with { Activity = v });

    private static readonly ColumnMap<DecisionRecord> DecisionColumns = new ColumnMap<DecisionRecord>()
        .Int("turn", d => d.Turn, (d, v) => d with { Turn = v }, required: true)
        .Bool("exploring", d => d.Exploring, (d, v) => d with { Exploring = v }, required: true)
        .Text("explorationscheme", d => d.ExplorationScheme, (d, v) => d with { ExplorationScheme = v }, required: true)
        .Double("epsilon", d => d.Epsilon, (d, v) => d with { Epsilon = v })
        .Text("modelversion", d => d.ModelVersion, (d, v) => d with { ModelVersion = v })
        .Text("featureschemaversion", d => d.FeatureSchemaVersion, (d, v) => d with { FeatureSchemaVersion = v }, required: true)
        .Text("catalogfingerprint", d => d.CatalogFingerprint, (d, v) => d with { CatalogFingerprint = v }, required: true)
        .Struct("input", d => d.Input, (d, v) => d with { Input = v }, MeaningColumns, required: true)
        .Struct("context", d => d.Context, (d, v) => d with { Context = v }, ContextColumns, required: true)
        .Structs("candidates", d => d.Candidates, (d, v) => d with { Candidates = v }, CandidateColumns)
        .Text("chosen", d => d.Chosen, (d, v) => d with { Chosen = v }, required: true)
        .Double("propensity", d => d.Propensity, (d, v) => d with { Propensity = v }, required: true)
        .Struct("offered", d => d.Offered, (d, v) => d with { Offered = v }, OfferedColumns)
        .Double("closeness", d => d.Closeness, (d, v) => d with { Closeness = v })
        .Double("sentiment", d => d.Sentiment, (d, v) => d with { Sentiment = v });

    private static readonly ColumnMap<OutcomeRecord> OutcomeColumns = new ColumnMap<OutcomeRecord>()
        .Text("outcome", o => o.Outcome, (o, v) => o with { Outcome = v }, required: true)
        .Text("acceptedvia", o => o.AcceptedVia, (o, v) => o with { AcceptedVia = v })
        .Struct("item", o => o.Item, (o, v) => o with { Item = v }, ItemColumns)
        .Text("reason", o => o.Reason, (o, v) => o with { Reason = v })
        .Int("turns", o => o.Turns, (o, v) => o with { Turns = v }, required: true)
        .Struct("finalinput", o => o.FinalInput, (o, v) => o with { FinalInput = v }, MeaningColumns, required: true)
        .Double("listeningseconds", o => o.ListeningSeconds, (o, v) => o with { ListeningSeconds = v });

    private static readonly ColumnMap<ListeningRecord> ListeningColumns = new ColumnMap<ListeningRecord>()
        .Text("trackid", l => l.TrackId, (l, v) => l with { TrackId = v }, required: true)
        .Text("stationid", l => l.StationId, (l, v) => l with { StationId = v }, required: true)
        .Double("seconds", l => l.Seconds, (l, v) => l with { Seconds = v }, required: true)
        .Text("event", l => l.Event, (l, v) => l with { Event = v }, required: true);

    /// <summary>The header every record has, then each record type's own columns.</summary>
    private static readonly ColumnMap<LogRecord> RowColumns = new ColumnMap<LogRecord>()
        .Text(TypeColumn, TypeOf, set: null) // read first, to choose the record to rebuild
        .Int("schemaversion", r => r.SchemaVersion, (r, v) => r with { SchemaVersion = v }, required: true)
        .Text("level", r => r.Level, (r, v) => r with { Level = v })
        .Text("requestid", r => r.RequestId, (r, v) => r with { RequestId = v }, required: true)
        .Text("conversationid", r => r.ConversationId, (r, v) => r with { ConversationId = v }, required: true)
        .Text("userkey", r => r.UserKey, (r, v) => r with { UserKey = v }, required: true)
        .Text("personkey", r => r.PersonKey, (r, v) => r with { PersonKey = v })
        // ISO 8601 with offset, as logged (a string: Firehose's SerDe parses only '...Z' timestamps).
        .Text("timestamp", r => r.Timestamp.ToString("O", CultureInfo.InvariantCulture), (r, v) => r with { Timestamp = Time(v) }, required: true)
        .Text("arm", r => r.Arm, (r, v) => r with { Arm = v })
        .Text("policyversion", r => r.PolicyVersion, (r, v) => r with { PolicyVersion = v })
        .Subtype(DecisionColumns)
        .Subtype(OutcomeColumns)
        .Subtype(ListeningColumns);

    /// <summary>What a row of each type is rebuilt from: the record's defaults, and placeholders that its required columns replace.</summary>
    private static readonly Dictionary<string, Func<LogRecord>> Seeds = new(StringComparer.Ordinal)
    {
        [RecordTypes.Decision] = () => new DecisionRecord
        {
            RequestId = string.Empty, ConversationId = string.Empty, UserKey = string.Empty, Timestamp = default, Turn = 0, Exploring = false,
            ExplorationScheme = string.Empty, FeatureSchemaVersion = string.Empty, CatalogFingerprint = string.Empty, Input = new UserMeaning(),
            Context = new PolicyContext(), Candidates = [], Chosen = string.Empty, Propensity = 0, Offered = new OfferedContent(),
        },
        [RecordTypes.Outcome] = () => new OutcomeRecord
        {
            RequestId = string.Empty, ConversationId = string.Empty, UserKey = string.Empty, Timestamp = default, Outcome = string.Empty, Turns = 0,
            FinalInput = new UserMeaning(),
        },
        [RecordTypes.Listening] = () => new ListeningRecord
        {
            RequestId = string.Empty, ConversationId = string.Empty, UserKey = string.Empty, Timestamp = default, TrackId = string.Empty,
            StationId = string.Empty, Seconds = 0, Event = string.Empty,
        },
    };

    /// <summary>The table's Parquet schema, in column order.</summary>
    public static ParquetSchema NewSchema() => new([.. RowColumns.NewFields()]);

    public static Dictionary<string, object?> ToRow(LogRecord record) => RowColumns.Write(record);

    /// <summary>The record a row holds; null for a row of a record type this version does not know (fields are only added).</summary>
    public static LogRecord? ToRecord(IReadOnlyDictionary<string, object?> row) =>
        row.GetValueOrDefault(TypeColumn) is string type && Seeds.TryGetValue(type, out var seed)
            ? RowColumns.ReadInto(seed(), row, string.Empty)
            : null;

    private static string TypeOf(LogRecord record) => record switch
    {
        DecisionRecord => RecordTypes.Decision,
        OutcomeRecord => RecordTypes.Outcome,
        ListeningRecord => RecordTypes.Listening,
        _ => throw new ArgumentException($"Unknown record type {record.GetType().Name}.", nameof(record)),
    };

    private static UserAct Act(string text) =>
        Enum.TryParse<UserAct>(text, ignoreCase: true, out var act) ? act : throw new InvalidDataException($"Unknown act '{text}'.");

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : throw new InvalidDataException($"timestamp '{text}' is not an ISO 8601 time.");
}
