using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Reports;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Simulation.Populations;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;
using static AlexaMusicSkill.Offline.Tests.TestDoubles.TestRecords;

namespace AlexaMusicSkill.Offline.Tests.Logs;

/// <summary>The completeness rule, through <see cref="RecordLog.Conversations(IEnumerable{LogRecord}, RecordLogOptions)"/>.</summary>
public sealed class ConversationAssemblerTests
{
    private static readonly UserMeaning Yes = UserMeaning.Of(UserAct.Yes);

    [Fact]
    public void InterleavedInTimeOrder_EachComesOnceTheLogHasMovedPastIt_WithDecisionsByTurn()
    {
        LogRecord[] log =
        [
            Decision("c1", 1, "ask_mood", minutes: -0.5), // turn 1 written before turn 0, within the window
            Decision("c1", 0, "ask_open"),
            Decision("c2", 0, "ask_open", minutes: 1),
            Accepted("c1", 2, MilesSample, Yes, minutes: 1),
            Abandoned("c2", 1, minutes: 2),
            Decision("c3", 0, "ask_open", minutes: 40),
            Abandoned("c3", 1, minutes: 40),
            Decision("c4", 0, "ask_open", minutes: 90),
        ];
        var (source, pulled) = Counted(log);
        var yieldedAfter = new List<(string Id, int Pulled)>();

        var conversations = RecordLog.Conversations(source).Select(c => Seen(c, () => yieldedAfter.Add((c.ConversationId, pulled())))).ToList();

        Assert.Equal([("c1", 6), ("c2", 6), ("c3", 8), ("c4", 8)], yieldedAfter);
        Assert.Equal([0, 1], conversations[0].Decisions.Select(d => d.Turn));
        Assert.Equal((Start.AddMinutes(40), Start.AddMinutes(90)), (conversations[0].AsOf, conversations[3].AsOf));
        Assert.Equal((Start, Start.AddMinutes(3)), (conversations[0].StartedAt, conversations[0].LastTurnAt));
        Assert.Equal([0L, 2, 5, 7], conversations.Select(c => c.Position));
    }

    [Fact]
    public void WrittenConversationByConversation_ClocksGoingBackBetweenListeners_StreamsTheSimulatorsLogInBoundedMemory()
    {
        var catalog = BuiltInCatalog.Load("https://media.example.com");
        var plan = new SimulationPlan(SyntheticPopulation.Create(catalog, 300, seed: 5), new PolicyArm("rules", new RuleBasedPolicy()), 3, 9) { Parallelism = 2 };
        var folder = Directory.CreateTempSubdirectory("assembler-sim").FullName;
        var path = Path.Combine(folder, "log.jsonl");
        using (var sink = new JsonLinesRecordSink(path))
        {
            new ConversationSimulator().Run(plan, sink, cancellationToken: TestContext.Current.CancellationToken);
        }

        var records = RecordLog.Records([path]).ToList();
        Directory.Delete(folder, recursive: true);
        var startedBy = new int[records.Count + 1];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            startedBy[i + 1] = startedBy[i] + (ids.Add(records[i].ConversationId) ? 1 : 0);
        }

        var (source, pulled) = Counted(records);
        var (mostOpen, yielded) = (0, 0);
        var conversations = RecordLog.Conversations(source).Select(c => Seen(c, () => mostOpen = Math.Max(mostOpen, startedBy[pulled()] - yielded++))).ToList();
        var (ordered, pulledInOrder) = Counted(records);
        var mostBehind = 0L;
        var inLogOrder = RecordLog.Conversations(ordered, new RecordLogOptions { InLogOrder = true }).Select(c => Seen(c, () => mostBehind = Math.Max(mostBehind, pulledInOrder() - c.Position))).ToList();

        // Each listener's clock starts a minute after the previous one's, hours before that one's last conversation.
        Assert.Contains(records.Zip(records.Skip(1)), pair => pair.First.Timestamp - pair.Second.Timestamp > TimeSpan.FromHours(3));
        Assert.Equal(900, conversations.Count);
        Assert.Equal(ids.Count, conversations.Select(c => c.ConversationId).Distinct().Count());
        var byId = records.GroupBy(r => r.ConversationId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(conversations, c =>
        {
            Assert.Equal(byId[c.ConversationId].OfType<DecisionRecord>().OrderBy(d => d.Turn), c.Decisions);
            Assert.Same(byId[c.ConversationId].OfType<OutcomeRecord>().Single(), c.Outcome);
        });

        // Open at once: a conversation or two (the next one's first record completes the last, by moving on two hours or
        // by jumping back to the next listener's clock), not the 900 of the log; in log order nothing waits longer.
        Assert.InRange(mostOpen, 1, 3);
        Assert.Equal(records.Select(r => r.ConversationId).Distinct(), inLogOrder.Select(c => c.ConversationId));
        Assert.InRange(mostBehind, 1, 50);
    }

    [Fact]
    public void JumpBackInTimeByMoreThanTheWindow_CompletesTheConversationsLeftBehind()
    {
        LogRecord[] log =
        [
            Decision("late", 0, "ask_open", minutes: 600),
            Decision("late", 1, "ask_mood", minutes: 600),
            Abandoned("late", 2, minutes: 600),
            Decision("early", 0, "ask_open", minutes: 300), // the next listener's clock, or an older file
            Decision("early", 1, "ask_mood", minutes: 300),
            Decision("early", 2, "ask_era", minutes: 300),
        ];
        var (source, pulled) = Counted(log);

        var yielded = RecordLog.Conversations(source).Select(c => (c.ConversationId, Pulled: pulled(), c.Decisions.Count)).ToList();

        Assert.Equal([("late", 4, 2), ("early", 6, 3)], yielded);
    }

    [Fact]
    public void WithoutOutcomeBeforeAJumpBack_WaitsForTheLogsTimeToPassIt_SoItsExpiryIsJudgedAsAtTheEnd()
    {
        LogRecord[] log =
        [
            Decision("before", 0, "ask_open", minutes: 600),
            Decision("after", 0, "ask_open", minutes: 300), // jump back: "before" has no more records, but may not have expired
            Decision("after", 1, "ask_mood", minutes: 300),
            Decision("later", 0, "ask_open", minutes: 700),
        ];
        var (source, pulled) = Counted(log);

        var yielded = RecordLog.Conversations(source).Select(c => (Conversation: c, Pulled: pulled())).ToList();
        var newest = Start.AddMinutes(700);

        Assert.Equal([("before", 4), ("after", 4), ("later", 4)], yielded.Select(x => (x.Conversation.ConversationId, x.Pulled)));
        Assert.All(yielded, x => Assert.Equal(newest, x.Conversation.AsOf));
        Assert.Equal(
            [ObservedOutcome.Expired, ObservedOutcome.Expired, ObservedOutcome.Open],
            yielded.Select(x => ConversationTable.Summarize(x.Conversation, x.Conversation.AsOf).Status));
    }

    [Fact]
    public void ListeningWhileTheStationPlays_KeepsTheConversationOpen()
    {
        LogRecord[] log =
        [
            Decision("c1", 0, "play_sample:miles-davis--song-1"),
            Accepted("c1", 1, MilesSample, Yes),
            Listened("c1", MilesSample.StationId, 180, minutes: 20),
            Listened("c1", MilesSample.StationId, 200, minutes: 45),
            Decision("c2", 0, "ask_open", minutes: 60),
            Listened("c1", MilesSample.StationId, 240, minutes: 70),
        ];

        var conversations = RecordLog.Conversations(log).ToList();

        Assert.Equal(["c1", "c2"], conversations.Select(c => c.ConversationId));
        Assert.Equal([180.0, 200, 240], conversations[0].Listening.Select(l => l.Seconds));
        Assert.Equal(Start.AddMinutes(1), conversations[0].LastTurnAt);
    }

    [Fact]
    public void ListeningAfterItsConversationWasYielded_ComesAsListeningOnly_AndTheReportAndTheRewardsAddIt()
    {
        var resumed = Listened("c1", MilesSample.StationId, 50, minutes: 185);
        LogRecord[] log =
        [
            Decision("c1", 0, "play_sample:miles-davis--song-1"),
            Accepted("c1", 1, MilesSample, Yes),
            Listened("c1", MilesSample.StationId, 100.5, minutes: 10),
            Abandoned("c2", 0, minutes: 180),
            resumed, // playback resumed three hours later: the conversation is long yielded
            Abandoned("c3", 0, minutes: 300),
        ];

        var conversations = RecordLog.Conversations(log).ToList();
        var summary = ConversationTable.Build(RecordLog.Conversations(log), asOf: null).Conversations.Single(s => s.ConversationId == "c1");
        var episode = ConversationRewards.Compute(log).Episodes.Single(e => e.ConversationId == "c1");
        LogRecord[] withFigure = [.. log.Select(r => r is OutcomeRecord { ConversationId: "c1" } o ? o with { ListeningSeconds = 999 } : r)];

        Assert.Equal(["c1", "c2", "c1", "c3"], conversations.Select(c => c.ConversationId));
        Assert.True(conversations[2].ListeningOnly);
        Assert.Same(resumed, Assert.Single(conversations[2].Listening));
        Assert.Equal(150.5, summary.ListeningSeconds);
        Assert.Equal(150.5, episode.ListeningSeconds);

        // The outcome's own figure wins in the report, listening records in the rewards (as for records read together).
        Assert.Equal(999, ConversationTable.Build(RecordLog.Conversations(withFigure), asOf: null).Conversations.Single(s => s.ConversationId == "c1").ListeningSeconds);
        Assert.Equal(150.5, ConversationRewards.Compute(withFigure).Episodes.Single(e => e.ConversationId == "c1").ListeningSeconds);
    }

    [Fact]
    public void DecisionAfterItsConversationWasYielded_ThrowsInsteadOfSplittingIt_EvenBehindLateListening()
    {
        LogRecord[] early = [Decision("c1", 0, "ask_open"), Decision("c2", 0, "ask_open", minutes: 60)];
        LogRecord[] behindListening = [.. early, Listened("c1", "g.JAZZ", 30, minutes: 61), Decision("c1", 1, "ask_mood", minutes: 61)];

        var error = Assert.Throws<OutOfOrderLogException>(() => RecordLog.Conversations([.. early, Decision("c1", 1, "ask_mood", minutes: 1)]).ToList());
        Assert.Throws<OutOfOrderLogException>(() => RecordLog.Conversations(behindListening).ToList());

        Assert.Contains("decision record (turn 1) of conversation c1", error.Message, StringComparison.Ordinal);
        Assert.Contains("record 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutOutcome_YieldedOnceMoreThanTheWindowPastItsLastTurn_IsExpiredAtItsAsOf_AndTheRestAtTheNewestRecord()
    {
        LogRecord[] log =
        [
            Decision("c1", 0, "ask_open"),
            Decision("c1", 1, "ask_mood"),
            Decision("c2", 0, "ask_open", minutes: 31), // exactly the window after c1's last turn: not past it yet
            Decision("c3", 0, "ask_open", minutes: 31.5),
        ];
        var (source, pulled) = Counted(log);

        var conversations = RecordLog.Conversations(source).Select(c => (Conversation: c, Pulled: pulled())).ToList();
        var statuses = conversations.Select(x => ConversationTable.Summarize(x.Conversation, x.Conversation.AsOf).Status);
        var rewards = ConversationRewards.Compute(log);

        Assert.Equal([("c1", 4), ("c2", 4), ("c3", 4)], conversations.Select(x => (x.Conversation.ConversationId, x.Pulled)));
        Assert.Equal(Start.AddMinutes(31.5), conversations[0].Conversation.AsOf);
        Assert.Equal([ObservedOutcome.Expired, ObservedOutcome.Open, ObservedOutcome.Open], statuses);
        Assert.Equal(("c1", EpisodeOutcome.Expired, 2), (Assert.Single(rewards.Episodes).ConversationId, rewards.Episodes[0].Outcome, rewards.OpenConversations));
    }

    /// <summary>Notes something at the moment the reader yields <paramref name="conversation"/>.</summary>
    private static LoggedConversation Seen(LoggedConversation conversation, Action note)
    {
        note();
        return conversation;
    }

    /// <summary>The records, and how many of them the reader has pulled so far.</summary>
    private static (IEnumerable<LogRecord> Source, Func<int> Pulled) Counted(IReadOnlyList<LogRecord> records)
    {
        var pulled = 0;
        IEnumerable<LogRecord> Source()
        {
            foreach (var record in records)
            {
                pulled++;
                yield return record;
            }
        }

        return (Source(), () => pulled);
    }
}
