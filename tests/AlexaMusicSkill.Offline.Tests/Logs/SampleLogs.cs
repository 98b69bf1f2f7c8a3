using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Tests.Logs;

/// <summary>Records as the engine writes them (exploring conversations, an acceptance, listening), plus hand-made edge values.</summary>
internal static class SampleLogs
{
    public static async Task<IReadOnlyList<LogRecord>> FromEngineAsync()
    {
        var skill = new SkillHarness(exploration: new ExplorationSettings(1.0, 0.3), seed: 11);
        var alexa = new AlexaRequests("amzn1.ask.account.SAMPLE");

        await skill.SayAsync(alexa, alexa.Launch());
        await skill.SayAsync(alexa, alexa.Intent(IntentNames.Answer, ("mood", "chill", "LAID_BACK")));
        await skill.SayAsync(alexa, alexa.Intent("AMAZON.StopIntent"));

        var accepted = await skill.SayAsync(alexa, alexa.Intent(IntentNames.PlayMusic, ("genre", "jazz", "JAZZ")));
        var token = Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(accepted.Response.Directives!)).AudioItem.Stream.Token;
        await skill.SendAsync(alexa.Player(new PlaybackStartedRequest { Token = token, OffsetInMilliseconds = 0 }));
        await skill.SendAsync(alexa.Player(new PlaybackStoppedRequest { Token = token, OffsetInMilliseconds = 61_500 }, "STOPPED"));

        Assert.Contains(skill.Records.Records, r => r is ListeningRecord);
        return skill.Records.Records;
    }

    /// <summary>Fields the engine leaves empty in a short test: model version, closeness, sentiment, affinity, NaN, listening seconds.</summary>
    public static IReadOnlyList<LogRecord> EdgeValues()
    {
        var decision = new DecisionRecord
        {
            RequestId = "amzn1.echo-api.request.edge-1",
            ConversationId = "c-edge",
            UserKey = "0123456789abcdef0123456789abcdef",
            Timestamp = new DateTimeOffset(2026, 11, 25, 10, 30, 0, 123, TimeSpan.Zero).AddTicks(4567),
            Arm = "candidate",
            PolicyVersion = "gbt-2026-11-25-ab12",
            ModelVersion = "gbt-2026-11-25-ab12",
            Turn = 3,
            Exploring = true,
            ExplorationScheme = "softmax",
            Epsilon = 0.25,
            FeatureSchemaVersion = FeatureSchema.Version,
            CatalogFingerprint = "ead733d5821fd82c",
            Input = new UserMeaning { Act = UserAct.Feedback, Feedback = "LOVE", ErStatus = ErStatuses.NoMatch, Confidence = 0.42 },
            Context = new PolicyContext { Turn = 3, Mood = "UPBEAT", Genre = "JAZZ", SeedTrack = "t-1", AskedMood = 1, Rejections = 2, LastAct = "Feedback", Sentiment = -0.5, Closeness = 0.75, Relaxed = 5 },
            Candidates =
            [
                new CandidateRecord("play_sample:t-2", 0.731, 0.7, 0.02, 0.9, [1f, float.NaN, -2.5f, 3.25e-7f]),
                new CandidateRecord("offer_station:t.t-1+m.UPBEAT", -1e-6, 0.3, 0.5, null, []),
            ],
            Chosen = "play_sample:t-2",
            Propensity = 0.7,
            Offered = new OfferedContent { Type = "play_sample", TrackId = "t-2", ArtistId = "a-2", Attributes = ["JAZZ", "UPBEAT"] },
            Closeness = 0.75,
            Sentiment = -0.5,
        };
        var outcome = new OutcomeRecord
        {
            RequestId = "amzn1.echo-api.request.edge-2",
            ConversationId = "c-edge",
            UserKey = "0123456789abcdef0123456789abcdef",
            Timestamp = new DateTimeOffset(2026, 11, 25, 5, 31, 0, TimeSpan.FromHours(-5)),
            Arm = "candidate",
            PolicyVersion = "gbt-2026-11-25-ab12",
            Outcome = OutcomeRecord.Accepted,
            AcceptedVia = "station",
            Item = new AcceptedItem { StationId = "t.t-1+m.UPBEAT", TrackId = "t-1", FirstTrackId = "t-3", Genres = ["JAZZ", "SOUL"], Mood = "UPBEAT", Era = "SIXTIES", Activity = "DINNER" },
            Turns = 4,
            FinalInput = new UserMeaning { Act = UserAct.Yes },
            ListeningSeconds = 1234.5,
        };
        return [decision, outcome];
    }

    public static string WriteJsonLines(IEnumerable<LogRecord> records, string folder, string name = "records.jsonl")
    {
        var path = Path.Combine(folder, name);
        // Ordinary log lines share the stream in Lambda; readers skip them.
        File.WriteAllLines(path, ["{\"timestamp\":\"2026-11-25T10:00:00.000Z\",\"level\":\"INFO\",\"message\":\"cold start complete\"}", .. records.Select(JsonLinesDecisionLog.Serialize)]);
        return path;
    }
}
