using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;
using static AlexaMusicSkill.Offline.Tests.TestDoubles.TestRecords;

namespace AlexaMusicSkill.Offline.Tests.Rewards;

public sealed class ConversationRewardsTests
{
    /// <summary>Open question → "jazz"; mood question → "laid back"; a Miles Davis sample → "yes".</summary>
    private static LogRecord[] AcceptedSampleConversation(string id = "c1") =>
    [
        Decision(id, 0, "ask_open"),
        Decision(id, 1, "ask_mood", Answer(genre: "JAZZ")),
        Decision(id, 2, "play_sample:miles-davis--song-1", Answer(mood: "LAID_BACK")),
        Accepted(id, 3, MilesSample, UserMeaning.Of(UserAct.Yes)),
    ];

    [Fact]
    public void Compute_AcceptedConversation_RewardsEachQuestionByTheNextDecisionsInput()
    {
        var log = ConversationRewards.Compute(AcceptedSampleConversation());

        Assert.Equal([1.0, 1.0, 1.0], log.Turns.Select(t => t.Reward));
        var episode = Assert.Single(log.Episodes);
        Assert.Equal(new Episode("c1", EpisodeOutcome.Accepted, true, 3, true, 0, "sample", null), episode);
        Assert.Equal(3, episode.TurnsToSuccess);
    }

    [Fact]
    public void Compute_ReplyNotMatchingTheAcceptedItem_EarnsZeroForThatQuestionOnly()
    {
        var log = ConversationRewards.Compute(
        [
            Decision("c1", 0, "ask_mood"),
            Decision("c1", 1, "ask_genre:JAZZ,SOUL", Answer(mood: "UPBEAT")),
            Decision("c1", 2, "play_sample:miles-davis--song-1", Answer(genre: "JAZZ")),
            Accepted("c1", 3, MilesSample, UserMeaning.Of(UserAct.Yes)),
        ]);

        Assert.Equal([0.0, 1.0, 1.0], log.Turns.Select(t => t.Reward));
    }

    [Fact]
    public void Compute_LastDecisionIsAQuestion_TakesTheReplyFromTheOutcomesFinalInput()
    {
        var direct = new AcceptedItem { StationId = "g.ROCK", Genres = ["ROCK"], Mood = "UPBEAT" };
        var log = ConversationRewards.Compute(
        [
            Decision("c1", 0, "ask_open"),
            Decision("c1", 1, "ask_genre:ALT_ROCK,ELECTRONIC", Answer(mood: "UPBEAT")),
            Accepted("c1", 2, direct, new UserMeaning { Act = UserAct.PlayRequest, Genre = "ROCK", ErStatus = ErStatuses.Match }, via: "direct"),
        ]);

        // The genre pair earns 1 although the listener named neither genre: rock, named instead, is the station's.
        Assert.Equal([1.0, 1.0], log.Turns.Select(t => t.Reward));
        Assert.Equal("direct", log.Episodes[0].AcceptedVia);
    }

    [Fact]
    public void Compute_AbandonedConversation_EarnsNothingAndFails()
    {
        var log = ConversationRewards.Compute(
        [
            Decision("c1", 0, "ask_open"),
            Decision("c1", 1, "ask_mood", Answer(genre: "JAZZ")),
            Abandoned("c1", 2, "stop"),
        ]);

        Assert.All(log.Turns, t => Assert.Equal(0, t.Reward));
        var episode = Assert.Single(log.Episodes);
        Assert.Equal(EpisodeOutcome.Abandoned, episode.Outcome);
        Assert.False(episode.Success);
        Assert.Null(episode.TurnsToSuccess);
        Assert.Equal("stop", episode.Reason);
    }

    [Fact]
    public void Compute_NoOutcomeThirtyMinutesAfterTheLastTurn_IsExpiredNotSuccess()
    {
        LogRecord[] records = [Decision("c1", 0, "ask_open"), Decision("c1", 1, "ask_mood", Answer(genre: "JAZZ"))];
        var lastTurn = records[^1].Timestamp;

        var log = ConversationRewards.Compute(records, new RewardSettings(AsOf: lastTurn.AddMinutes(30)));

        Assert.Equal([0.0, 0.0], log.Turns.Select(t => t.Reward));
        var episode = Assert.Single(log.Episodes);
        Assert.Equal(EpisodeOutcome.Expired, episode.Outcome);
        Assert.False(episode.Success);
        Assert.Equal(2, episode.Turns);
        Assert.True(episode.Complete);
    }

    [Fact]
    public void Compute_NoOutcomeYetWithinThirtyMinutes_IsOpenAndLeftOut()
    {
        LogRecord[] records = [Decision("c1", 0, "ask_open"), Decision("c1", 1, "ask_mood", Answer(genre: "JAZZ"))];

        var log = ConversationRewards.Compute(records, new RewardSettings(AsOf: records[^1].Timestamp.AddMinutes(29)));

        Assert.Empty(log.Turns);
        Assert.Empty(log.Episodes);
        Assert.Equal(1, log.OpenConversations);
    }

    [Fact]
    public void Compute_WithoutAsOf_MeasuresExpiryFromTheLogsLatestRecord()
    {
        var log = ConversationRewards.Compute(
        [
            Decision("old", 0, "ask_open"),
            Decision("recent", 0, "ask_open", minutes: 45),
        ]);

        Assert.Equal(EpisodeOutcome.Expired, Assert.Single(log.Episodes).Outcome);
        Assert.Equal("old", log.Episodes[0].ConversationId);
        Assert.Equal(1, log.OpenConversations);
    }

    [Fact]
    public void Compute_ListeningRecords_AddUpToTheEpisodesListeningSeconds()
    {
        var log = ConversationRewards.Compute(
        [
            .. AcceptedSampleConversation(),
            Listened("c1", MilesSample.StationId, 180),
            Listened("c1", MilesSample.StationId, 42.5),
            Listened("other", "g.ROCK", 99),
        ]);

        Assert.Equal(222.5, Assert.Single(log.Episodes).ListeningSeconds);
    }

    [Fact]
    public void Compute_DecisionMissingFromTheLog_MarksTheEpisodeIncomplete()
    {
        var log = ConversationRewards.Compute(
        [
            Decision("c1", 0, "ask_open"),
            Decision("c1", 2, "play_sample:miles-davis--song-1", Answer(mood: "LAID_BACK")),
            Accepted("c1", 3, MilesSample, UserMeaning.Of(UserAct.Yes)),
        ]);

        Assert.False(Assert.Single(log.Episodes).Complete);
        Assert.Equal(2, log.Turns.Count);
    }

    [Fact]
    public void Compute_DirectRequestWithoutDecisions_IsASuccessWithZeroTurns()
    {
        var log = ConversationRewards.Compute([Accepted("c1", 0, MilesSample, Answer(genre: "JAZZ"), via: "direct")]);

        Assert.Empty(log.Turns);
        var episode = Assert.Single(log.Episodes);
        Assert.True(episode.Success);
        Assert.Equal(0, episode.Turns);
        Assert.False(episode.Exploring);
    }

    [Fact]
    public void Compute_Rows_CarryTheLoggedDecision()
    {
        var greedy = Decision("c1", 0, "ask_open", exploring: false, others: ["ask_mood"]);
        var log = ConversationRewards.Compute([greedy, Abandoned("c1", 1)]);

        var row = Assert.Single(log.Turns);
        Assert.Equal(("c1", 0, false, 0, "ask_open", 0.5), (row.ConversationId, row.Turn, row.Exploring, row.ChosenIndex, row.Chosen, row.Propensity));
        Assert.Same(greedy.Candidates, row.Candidates);
        Assert.Same(greedy, row.Record);
        Assert.Empty(log.ExploringTurns);
    }

    [Fact]
    public void Compute_ChosenActionNotAmongTheCandidates_Throws()
    {
        var broken = Decision("c1", 0, "ask_open") with { Chosen = "ask_mood" };

        var error = Assert.Throws<InvalidDataException>(() => ConversationRewards.Compute([broken, Abandoned("c1", 1)]));
        Assert.Contains("ask_mood", error.Message);
    }

    [Fact]
    public void Compute_RecordsReadBackFromJsonLines_GiveTheSameRewards()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rewards-{Guid.NewGuid():N}.jsonl");
        try
        {
            var records = AcceptedSampleConversation();
            File.WriteAllLines(path, [.. records.Select(JsonLinesDecisionLog.Serialize), "{\"level\":\"INFO\",\"message\":\"not a record\"}", JsonLinesDecisionLog.Serialize(records[1])]);

            var fromFile = ConversationRewards.Compute(RecordLog.Records([path]).ToList());

            Assert.Equal([1.0, 1.0, 1.0], fromFile.Turns.Select(t => t.Reward));
            Assert.Equal(ConversationRewards.Compute(records).Episodes, fromFile.Episodes);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
