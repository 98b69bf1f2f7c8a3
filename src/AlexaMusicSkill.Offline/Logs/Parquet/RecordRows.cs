using System.Globalization;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>Records to table rows and back, losslessly (a round-trip test holds it to that).</summary>
public static class RecordRows
{
    public static RecordRow From(LogRecord record)
    {
        var row = new RecordRow
        {
            SchemaVersion = record.SchemaVersion,
            Level = record.Level,
            RequestId = record.RequestId,
            ConversationId = record.ConversationId,
            UserKey = record.UserKey,
            Timestamp = record.Timestamp.ToString("O", CultureInfo.InvariantCulture),
            Arm = record.Arm,
            PolicyVersion = record.PolicyVersion,
        };

        switch (record)
        {
            case DecisionRecord d:
                row.RecordType = RecordTypes.Decision;
                row.Turn = d.Turn;
                row.Exploring = d.Exploring;
                row.ExplorationScheme = d.ExplorationScheme;
                row.Epsilon = d.Epsilon;
                row.ModelVersion = d.ModelVersion;
                row.FeatureSchemaVersion = d.FeatureSchemaVersion;
                row.CatalogFingerprint = d.CatalogFingerprint;
                row.Input = Meaning(d.Input);
                row.Context = Context(d.Context);
                row.Candidates = [.. d.Candidates.Select(Candidate)];
                row.Chosen = d.Chosen;
                row.Propensity = d.Propensity;
                row.Offered = new OfferedRow
                {
                    Type = d.Offered.Type,
                    Attributes = [.. d.Offered.Attributes],
                    TrackId = d.Offered.TrackId,
                    ArtistId = d.Offered.ArtistId,
                    StationId = d.Offered.StationId,
                };
                row.Closeness = d.Closeness;
                row.Sentiment = d.Sentiment;
                break;
            case OutcomeRecord o:
                row.RecordType = RecordTypes.Outcome;
                row.Outcome = o.Outcome;
                row.AcceptedVia = o.AcceptedVia;
                row.Item = o.Item is { } item ? new ItemRow
                {
                    StationId = item.StationId,
                    TrackId = item.TrackId,
                    ArtistId = item.ArtistId,
                    FirstTrackId = item.FirstTrackId,
                    Genres = [.. item.Genres],
                    Mood = item.Mood,
                    Era = item.Era,
                    Activity = item.Activity,
                } : null;
                row.Reason = o.Reason;
                row.Turns = o.Turns;
                row.FinalInput = Meaning(o.FinalInput);
                row.ListeningSeconds = o.ListeningSeconds;
                break;
            case ListeningRecord l:
                row.RecordType = RecordTypes.Listening;
                row.TrackId = l.TrackId;
                row.StationId = l.StationId;
                row.Seconds = l.Seconds;
                row.Event = l.Event;
                break;
            default:
                throw new ArgumentException($"Unknown record type {record.GetType().Name}.", nameof(record));
        }

        return row;
    }

    /// <summary>The record a row holds; null for a row of a record type this version does not know (fields are only added).</summary>
    public static LogRecord? ToRecord(RecordRow row) => row.RecordType switch
    {
        RecordTypes.Decision => ToDecision(row),
        RecordTypes.Outcome => ToOutcome(row),
        RecordTypes.Listening => ToListening(row),
        _ => null,
    };

    private static DecisionRecord ToDecision(RecordRow row) => new()
    {
        Level = row.Level ?? "INFO",
        SchemaVersion = Required(row.SchemaVersion, "schemaversion"),
        RequestId = Required(row.RequestId, "requestid"),
        ConversationId = Required(row.ConversationId, "conversationid"),
        UserKey = Required(row.UserKey, "userkey"),
        Timestamp = Time(row.Timestamp),
        Arm = row.Arm ?? "production",
        PolicyVersion = row.PolicyVersion ?? string.Empty,
        Turn = Required(row.Turn, "turn"),
        Exploring = Required(row.Exploring, "exploring"),
        ExplorationScheme = Required(row.ExplorationScheme, "explorationscheme"),
        Epsilon = row.Epsilon ?? 0,
        ModelVersion = row.ModelVersion,
        FeatureSchemaVersion = Required(row.FeatureSchemaVersion, "featureschemaversion"),
        CatalogFingerprint = Required(row.CatalogFingerprint, "catalogfingerprint"),
        Input = Meaning(Required(row.Input, "input")),
        Context = Context(Required(row.Context, "context")),
        Candidates = [.. (row.Candidates ?? []).Select(Candidate)],
        Chosen = Required(row.Chosen, "chosen"),
        Propensity = Required(row.Propensity, "propensity"),
        Offered = row.Offered is { } offered ? new OfferedContent
        {
            Type = offered.Type ?? string.Empty,
            Attributes = Strings(offered.Attributes),
            TrackId = offered.TrackId,
            ArtistId = offered.ArtistId,
            StationId = offered.StationId,
        } : new OfferedContent(),
        Closeness = row.Closeness,
        Sentiment = row.Sentiment,
    };

    private static OutcomeRecord ToOutcome(RecordRow row) => new()
    {
        Level = row.Level ?? "INFO",
        SchemaVersion = Required(row.SchemaVersion, "schemaversion"),
        RequestId = Required(row.RequestId, "requestid"),
        ConversationId = Required(row.ConversationId, "conversationid"),
        UserKey = Required(row.UserKey, "userkey"),
        Timestamp = Time(row.Timestamp),
        Arm = row.Arm ?? "production",
        PolicyVersion = row.PolicyVersion ?? string.Empty,
        Outcome = Required(row.Outcome, "outcome"),
        AcceptedVia = row.AcceptedVia,
        Item = row.Item is { } item ? new AcceptedItem
        {
            StationId = Required(item.StationId, "item.stationid"),
            TrackId = item.TrackId,
            ArtistId = item.ArtistId,
            FirstTrackId = item.FirstTrackId,
            Genres = Strings(item.Genres),
            Mood = item.Mood,
            Era = item.Era,
            Activity = item.Activity,
        } : null,
        Reason = row.Reason,
        Turns = Required(row.Turns, "turns"),
        FinalInput = Meaning(Required(row.FinalInput, "finalinput")),
        ListeningSeconds = row.ListeningSeconds,
    };

    private static ListeningRecord ToListening(RecordRow row) => new()
    {
        Level = row.Level ?? "INFO",
        SchemaVersion = Required(row.SchemaVersion, "schemaversion"),
        RequestId = Required(row.RequestId, "requestid"),
        ConversationId = Required(row.ConversationId, "conversationid"),
        UserKey = Required(row.UserKey, "userkey"),
        Timestamp = Time(row.Timestamp),
        Arm = row.Arm ?? "production",
        PolicyVersion = row.PolicyVersion ?? string.Empty,
        TrackId = Required(row.TrackId, "trackid"),
        StationId = Required(row.StationId, "stationid"),
        Seconds = Required(row.Seconds, "seconds"),
        Event = Required(row.Event, "event"),
    };

    private static MeaningRow Meaning(UserMeaning meaning) => new()
    {
        Act = meaning.Act.ToString(),
        Mood = meaning.Mood,
        Genre = meaning.Genre,
        Era = meaning.Era,
        Artist = meaning.Artist,
        Activity = meaning.Activity,
        Feedback = meaning.Feedback,
        ErStatus = meaning.ErStatus,
        Confidence = meaning.Confidence,
        EndReason = meaning.EndReason,
    };

    private static UserMeaning Meaning(MeaningRow row) => new()
    {
        Act = Enum.TryParse<UserAct>(row.Act, ignoreCase: true, out var act) ? act : throw new InvalidDataException($"Unknown act '{row.Act}'."),
        Mood = row.Mood,
        Genre = row.Genre,
        Era = row.Era,
        Artist = row.Artist,
        Activity = row.Activity,
        Feedback = row.Feedback,
        ErStatus = row.ErStatus ?? ErStatuses.None,
        Confidence = row.Confidence ?? 1.0,
        EndReason = row.EndReason,
    };

    private static ContextRow Context(PolicyContext c) => new()
    {
        Turn = c.Turn,
        Mood = c.Mood,
        Genre = c.Genre,
        Era = c.Era,
        Artist = c.Artist,
        Activity = c.Activity,
        SeedTrack = c.SeedTrack,
        AskedOpen = c.AskedOpen,
        AskedMood = c.AskedMood,
        AskedGenre = c.AskedGenre,
        AskedEra = c.AskedEra,
        SamplesOffered = c.SamplesOffered,
        ArtistsOffered = c.ArtistsOffered,
        StationsOffered = c.StationsOffered,
        Rejections = c.Rejections,
        LastAct = c.LastAct,
        Understanding = c.Understanding,
        FallbackStreak = c.FallbackStreak,
        PoolSize = c.PoolSize,
        PoolGenreEntropy = c.PoolGenreEntropy,
        PoolLaidBackShare = c.PoolLaidBackShare,
        PoolUpbeatShare = c.PoolUpbeatShare,
        Relaxed = c.Relaxed,
        Sentiment = c.Sentiment,
        Closeness = c.Closeness,
        KnownCount = c.KnownCount,
    };

    private static PolicyContext Context(ContextRow c) => new()
    {
        Turn = c.Turn ?? 0,
        Mood = c.Mood,
        Genre = c.Genre,
        Era = c.Era,
        Artist = c.Artist,
        Activity = c.Activity,
        SeedTrack = c.SeedTrack,
        AskedOpen = c.AskedOpen ?? 0,
        AskedMood = c.AskedMood ?? 0,
        AskedGenre = c.AskedGenre ?? 0,
        AskedEra = c.AskedEra ?? 0,
        SamplesOffered = c.SamplesOffered ?? 0,
        ArtistsOffered = c.ArtistsOffered ?? 0,
        StationsOffered = c.StationsOffered ?? 0,
        Rejections = c.Rejections ?? 0,
        LastAct = c.LastAct ?? "Launch",
        Understanding = c.Understanding ?? 1.0,
        FallbackStreak = c.FallbackStreak ?? 0,
        PoolSize = c.PoolSize ?? 0,
        PoolGenreEntropy = c.PoolGenreEntropy ?? 0,
        PoolLaidBackShare = c.PoolLaidBackShare ?? 0,
        PoolUpbeatShare = c.PoolUpbeatShare ?? 0,
        Relaxed = c.Relaxed ?? 0,
        Sentiment = c.Sentiment,
        Closeness = c.Closeness,
    };

    private static CandidateRow Candidate(CandidateRecord c) => new()
    {
        Action = c.Action,
        Score = c.Score,
        Probability = c.Probability,
        PoolShare = c.PoolShare,
        Affinity = c.Affinity,
        Features = [.. c.Features.Select(f => float.IsFinite(f) ? f : (float?)null)],
    };

    private static CandidateRecord Candidate(CandidateRow c) => new(
        Required(c.Action, "candidates.action"),
        c.Score ?? 0,
        c.Probability ?? 0,
        c.PoolShare ?? 0,
        c.Affinity,
        [.. (c.Features ?? []).Select(f => f ?? float.NaN)]);

    private static IReadOnlyList<string> Strings(List<string?>? values) => values is null ? [] : [.. values.OfType<string>()];

    private static DateTimeOffset Time(string? text) =>
        DateTimeOffset.TryParse(Required(text, "timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : throw new InvalidDataException($"timestamp '{text}' is not an ISO 8601 time.");

    private static T Required<T>(T? value, string column) where T : class =>
        value ?? throw new InvalidDataException($"Column '{column}' is null in a row that needs it.");

    private static T Required<T>(T? value, string column) where T : struct =>
        value ?? throw new InvalidDataException($"Column '{column}' is null in a row that needs it.");
}
