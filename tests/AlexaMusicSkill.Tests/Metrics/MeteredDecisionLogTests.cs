using AlexaMusicSkill.Metrics;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Metrics;

public sealed class MeteredDecisionLogTests
{
    [Fact]
    public void Append_CountsStartsFromFirstDecisionsOrDecisionlessOutcomes_AndEndsFromOutcomes()
    {
        var metrics = new RecordingMetrics();
        var inner = new InMemoryDecisionLog();
        var log = new MeteredDecisionLog(inner, metrics);

        log.Append(Decision("c1", turn: 0, arm: "production"));
        log.Append(Decision("c1", turn: 1, arm: "production"));
        log.Append(Outcome("c1", OutcomeRecord.Accepted, turns: 2, arm: "production"));
        log.Append(Outcome("c2", OutcomeRecord.Accepted, turns: 0, arm: "candidate"));
        log.Append(Decision("c3", turn: 0, arm: "candidate"));
        log.Append(Outcome("c3", OutcomeRecord.Abandoned, turns: 1, arm: "candidate"));

        Assert.Equal(6, inner.Records.Count);
        Assert.Equal(
            [
                ("production", ConversationEvent.Started),
                ("production", ConversationEvent.Accepted),
                ("candidate", ConversationEvent.Started),
                ("candidate", ConversationEvent.Accepted),
                ("candidate", ConversationEvent.Started),
                ("candidate", ConversationEvent.Abandoned),
            ],
            metrics.Conversations);
    }

    internal static DecisionRecord Decision(string conversation, int turn, string arm) => new()
    {
        RequestId = $"r-{conversation}-{turn}",
        ConversationId = conversation,
        UserKey = "k",
        Timestamp = DateTimeOffset.UnixEpoch,
        Arm = arm,
        Turn = turn,
        Exploring = false,
        ExplorationScheme = "greedy",
        FeatureSchemaVersion = FeatureSchema.Version,
        CatalogFingerprint = "f",
        Input = UserMeaning.Of(UserAct.Launch),
        Context = new PolicyContext(),
        Candidates = [],
        Chosen = "ask_open",
        Propensity = 1,
        Offered = new OfferedContent { Type = "ask_open" },
    };

    internal static OutcomeRecord Outcome(string conversation, string outcome, int turns, string arm) => new()
    {
        RequestId = $"r-{conversation}-end",
        ConversationId = conversation,
        UserKey = "k",
        Timestamp = DateTimeOffset.UnixEpoch,
        Arm = arm,
        Outcome = outcome,
        Turns = turns,
        FinalInput = UserMeaning.Of(UserAct.Yes),
    };

    private sealed class RecordingMetrics : IMetricsSink
    {
        public List<(string, ConversationEvent)> Conversations { get; } = [];

        public void TurnCompleted(TimeSpan latency, bool failed)
        {
        }

        public void StorageUnavailable()
        {
        }

        public void Conversation(string arm, ConversationEvent conversationEvent) => Conversations.Add((arm, conversationEvent));

        public void PolicyLoaded(bool fellBackToRules)
        {
        }
    }
}
