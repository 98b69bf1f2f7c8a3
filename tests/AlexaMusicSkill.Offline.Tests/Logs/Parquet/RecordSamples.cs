using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Tests.Logs.Parquet;

/// <summary>
/// Hand-built records of every kind: one set with every field holding a value that differs from its default (so a
/// column the mapping forgets cannot pass as a default), one with every optional field null or at its default.
/// </summary>
internal static class RecordSamples
{
    private const string UserKey = "fedcba9876543210fedcba9876543210";
    private const string PersonKey = "0123456789abcdef0123456789abcdef";

    public static IReadOnlyList<LogRecord> EveryFieldSet() =>
    [
        new DecisionRecord
        {
            Level = "WARN",
            RequestId = "amzn1.echo-api.request.full-1",
            ConversationId = "c-full",
            UserKey = UserKey,
            PersonKey = PersonKey,
            Timestamp = new DateTimeOffset(2026, 11, 26, 23, 59, 59, 999, TimeSpan.FromHours(5.5)).AddTicks(1234),
            Arm = "candidate",
            PolicyVersion = "gbt-2026-11-26-cd34",
            Turn = 7,
            Exploring = true,
            ExplorationScheme = "epsilon-greedy",
            Epsilon = 0.125,
            ModelVersion = "gbt-2026-11-26-cd34",
            FeatureSchemaVersion = "features-test-9",
            CatalogFingerprint = "0011223344556677",
            Input = new UserMeaning
            {
                Act = UserAct.Answer,
                Mood = "LAID_BACK",
                Genre = "FOLK",
                Era = "SEVENTIES",
                Artist = "simon-and-garfunkel",
                Activity = "RELAXING",
                Feedback = "LIKE",
                ErStatus = ErStatuses.Match,
                Confidence = 0.625,
                EndReason = "USER_INITIATED",
            },
            Context = new PolicyContext
            {
                Turn = 7,
                Mood = "LAID_BACK",
                Genre = "FOLK",
                Era = "SEVENTIES",
                Artist = "simon-and-garfunkel",
                Activity = "RELAXING",
                SeedTrack = "t-9",
                AskedOpen = 1,
                AskedMood = 2,
                AskedGenre = 3,
                AskedEra = 4,
                SamplesOffered = 5,
                ArtistsOffered = 6,
                StationsOffered = 7,
                Rejections = 8,
                LastAct = "Answer",
                Understanding = 0.375,
                FallbackStreak = 9,
                PoolSize = 1234,
                PoolGenreEntropy = 2.75,
                PoolLaidBackShare = 0.6,
                PoolUpbeatShare = 0.15,
                Relaxed = 7,
                Sentiment = 0.5,
                Closeness = 0.875,
            },
            Candidates =
            [
                new CandidateRecord("suggest_artist:simon-and-garfunkel", 1.5, 0.6, 0.25, -0.75, [float.NaN, 0f, -1f, float.MaxValue, 1e-30f]),
                new CandidateRecord("ask_genre:FOLK,JAZZ", -0.5, 0.4, 0.75, 0.125, [2.5f]),
            ],
            Chosen = "suggest_artist:simon-and-garfunkel",
            Propensity = 0.6,
            Offered = new OfferedContent { Type = "suggest_artist", Attributes = ["FOLK", "LAID_BACK", "SEVENTIES"], TrackId = "t-9", ArtistId = "simon-and-garfunkel", StationId = "a.simon-and-garfunkel" },
            Closeness = 0.875,
            Sentiment = 0.5,
        },
        new OutcomeRecord
        {
            Level = "WARN",
            RequestId = "amzn1.echo-api.request.full-2",
            ConversationId = "c-full",
            UserKey = UserKey,
            PersonKey = PersonKey,
            Timestamp = new DateTimeOffset(2026, 11, 27, 0, 0, 1, TimeSpan.Zero),
            Arm = "candidate",
            PolicyVersion = "gbt-2026-11-26-cd34",
            Outcome = OutcomeRecord.Accepted,
            AcceptedVia = "artist",
            Item = new AcceptedItem { StationId = "a.simon-and-garfunkel", TrackId = "t-9", ArtistId = "simon-and-garfunkel", FirstTrackId = "t-10", Genres = ["FOLK", "SINGER_SONGWRITER"], Mood = "LAID_BACK", Era = "SIXTIES", Activity = "RELAXING" },
            Reason = "accepted_after_feedback",
            Turns = 8,
            FinalInput = new UserMeaning { Act = UserAct.Yes, Mood = "UPBEAT", Genre = "POP", Era = "EIGHTIES", Artist = "madonna", Activity = "PARTY", Feedback = "LOVE", ErStatus = ErStatuses.NoMatch, Confidence = 0.25, EndReason = "ERROR" },
            ListeningSeconds = 0.5,
        },
        new ListeningRecord
        {
            Level = "WARN",
            RequestId = "amzn1.echo-api.request.full-3",
            ConversationId = "c-full",
            UserKey = UserKey,
            PersonKey = PersonKey,
            Timestamp = new DateTimeOffset(2026, 11, 27, 0, 3, 30, 5, TimeSpan.FromHours(-8)),
            Arm = "candidate",
            PolicyVersion = "gbt-2026-11-26-cd34",
            TrackId = "t-10",
            StationId = "a.simon-and-garfunkel",
            Seconds = 201.25,
            Event = "finished",
        },
    ];

    public static IReadOnlyList<LogRecord> EveryOptionalNull() =>
    [
        new DecisionRecord
        {
            RequestId = "amzn1.echo-api.request.bare-1",
            ConversationId = "c-bare",
            UserKey = UserKey,
            Timestamp = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero),
            Turn = 0,
            Exploring = false,
            ExplorationScheme = "greedy",
            FeatureSchemaVersion = "features-test-9",
            CatalogFingerprint = "0011223344556677",
            Input = new UserMeaning(),
            Context = new PolicyContext(),
            Candidates = [new CandidateRecord("ask_open", 0, 1, 0, null, [])],
            Chosen = "ask_open",
            Propensity = 1,
            Offered = new OfferedContent(),
        },
        new DecisionRecord
        {
            RequestId = "amzn1.echo-api.request.bare-2",
            ConversationId = "c-bare",
            UserKey = UserKey,
            Timestamp = new DateTimeOffset(2026, 11, 28, 0, 0, 5, TimeSpan.Zero),
            Turn = 1,
            Exploring = false,
            ExplorationScheme = "greedy",
            FeatureSchemaVersion = "features-test-9",
            CatalogFingerprint = "0011223344556677",
            Input = new UserMeaning { Act = UserAct.Fallback },
            Context = new PolicyContext { Turn = 1 },
            Candidates = [],
            Chosen = "ask_open",
            Propensity = 1,
            Offered = new OfferedContent { Type = "ask_open" },
        },
        new OutcomeRecord
        {
            RequestId = "amzn1.echo-api.request.bare-3",
            ConversationId = "c-bare",
            UserKey = UserKey,
            Timestamp = new DateTimeOffset(2026, 11, 28, 0, 0, 9, TimeSpan.Zero),
            Outcome = OutcomeRecord.Abandoned,
            Turns = 2,
            FinalInput = new UserMeaning { Act = UserAct.SessionEnded },
        },
        new OutcomeRecord
        {
            RequestId = "amzn1.echo-api.request.bare-4",
            ConversationId = "c-bare-accepted",
            UserKey = UserKey,
            Timestamp = new DateTimeOffset(2026, 11, 28, 0, 1, 0, TimeSpan.Zero),
            Outcome = OutcomeRecord.Accepted,
            Item = new AcceptedItem { StationId = "g.FOLK" },
            Turns = 1,
            FinalInput = new UserMeaning { Act = UserAct.Yes },
        },
        new ListeningRecord
        {
            RequestId = "amzn1.echo-api.request.bare-5",
            ConversationId = "c-bare-accepted",
            UserKey = UserKey,
            Timestamp = new DateTimeOffset(2026, 11, 28, 0, 2, 0, TimeSpan.Zero),
            TrackId = "t-1",
            StationId = "g.FOLK",
            Seconds = 0,
            Event = "stopped",
        },
    ];
}
