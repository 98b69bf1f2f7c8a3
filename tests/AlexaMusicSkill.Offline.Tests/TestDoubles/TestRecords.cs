using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Tests.TestDoubles;

/// <summary>Hand-written decision, outcome and listening records for reward tests.</summary>
internal static class TestRecords
{
    public static readonly DateTimeOffset Start = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private static int _requests;

    public static DecisionRecord Decision(
        string conversation,
        int turn,
        string chosen,
        UserMeaning? input = null,
        bool exploring = true,
        IReadOnlyList<string>? others = null,
        double minutes = 0)
    {
        string[] actions = [chosen, .. others ?? ["ask_era", "offer_station:g.JAZZ"]];
        var candidates = actions.Select((a, i) => new CandidateRecord(a, i == 0 ? 1 : 0, 1.0 / actions.Length, 0.5, null, [turn, i])).ToArray();
        return new DecisionRecord
        {
            RequestId = $"req-{Interlocked.Increment(ref _requests)}",
            ConversationId = conversation,
            UserKey = "0123456789abcdef0123456789abcdef",
            Timestamp = Start.AddMinutes(minutes + turn),
            Turn = turn,
            Exploring = exploring,
            ExplorationScheme = exploring ? "epsilon-greedy" : "greedy",
            FeatureSchemaVersion = FeatureSchema.Version,
            CatalogFingerprint = "test",
            Input = input ?? UserMeaning.Of(turn == 0 ? UserAct.Launch : UserAct.No),
            Context = new PolicyContext { Turn = turn },
            Candidates = candidates,
            Chosen = chosen,
            Propensity = 1.0 / actions.Length,
            Offered = new OfferedContent { Type = chosen.Split(':')[0] },
        };
    }

    public static OutcomeRecord Accepted(string conversation, int turns, AcceptedItem item, UserMeaning finalInput, string via = "sample", double minutes = 0) => new()
    {
        RequestId = $"req-{Interlocked.Increment(ref _requests)}",
        ConversationId = conversation,
        UserKey = "0123456789abcdef0123456789abcdef",
        Timestamp = Start.AddMinutes(minutes + turns),
        Outcome = OutcomeRecord.Accepted,
        AcceptedVia = via,
        Item = item,
        Turns = turns,
        FinalInput = finalInput,
    };

    public static OutcomeRecord Abandoned(string conversation, int turns, string reason = "stop", double minutes = 0) => new()
    {
        RequestId = $"req-{Interlocked.Increment(ref _requests)}",
        ConversationId = conversation,
        UserKey = "0123456789abcdef0123456789abcdef",
        Timestamp = Start.AddMinutes(minutes + turns),
        Outcome = OutcomeRecord.Abandoned,
        Reason = reason,
        Turns = turns,
        FinalInput = UserMeaning.Of(UserAct.Stop),
    };

    public static ListeningRecord Listened(string conversation, string station, double seconds, double minutes = 30) => new()
    {
        RequestId = $"req-{Interlocked.Increment(ref _requests)}",
        ConversationId = conversation,
        UserKey = "0123456789abcdef0123456789abcdef",
        Timestamp = Start.AddMinutes(minutes),
        TrackId = "track",
        StationId = station,
        Seconds = seconds,
        Event = "stopped",
    };

    public static UserMeaning Answer(string? mood = null, string? genre = null, string? era = null, string? artist = null, string? activity = null) => new()
    {
        Act = UserAct.Answer,
        Mood = mood,
        Genre = genre,
        Era = era,
        Artist = artist,
        Activity = activity,
        ErStatus = (mood ?? genre ?? era ?? artist ?? activity) is null ? ErStatuses.None : ErStatuses.Match,
    };

    /// <summary>A station accepted from a sample of Miles Davis: jazz, laid back, the fifties.</summary>
    public static AcceptedItem MilesSample { get; } = new()
    {
        StationId = "t.miles-davis--song-1",
        TrackId = "miles-davis--song-1",
        ArtistId = "miles-davis",
        FirstTrackId = "miles-davis--song-1",
        Genres = ["JAZZ"],
        Mood = "LAID_BACK",
        Era = "FIFTIES",
    };
}
