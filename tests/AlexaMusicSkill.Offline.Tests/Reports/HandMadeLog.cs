using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Offline.Tests.Reports;

/// <summary>Writes conversations by hand: the arm, when, what the policy chose, and how it ended.</summary>
internal sealed class HandMadeLog
{
    private readonly List<LogRecord> _records = [];

    public IReadOnlyList<LogRecord> Records => _records;

    /// <param name="outcome">accepted, abandoned, or null for none (expired or open, by the report's time).</param>
    public HandMadeLog Conversation(string id, string arm, string policy, DateTimeOffset start, string[] actions, string? outcome, params double[] listening)
    {
        var user = "user-" + id;
        var t = start;
        for (var turn = 0; turn < actions.Length; turn++)
        {
            _records.Add(new DecisionRecord
            {
                RequestId = $"{id}-d{turn}",
                ConversationId = id,
                UserKey = user,
                Timestamp = t,
                Arm = arm,
                PolicyVersion = policy,
                Turn = turn,
                Exploring = false,
                ExplorationScheme = "greedy",
                FeatureSchemaVersion = FeatureSchema.Version,
                CatalogFingerprint = "test",
                Input = UserMeaning.Of(turn == 0 ? UserAct.Launch : UserAct.Answer),
                Context = new PolicyContext { Turn = turn },
                Candidates = [new CandidateRecord(Action(actions[turn]), 1, 1, 1, null, [])],
                Chosen = Action(actions[turn]),
                Propensity = 1,
                Offered = new OfferedContent { Type = actions[turn] },
            });
            t = t.AddMinutes(1);
        }

        if (outcome is not null)
        {
            _records.Add(new OutcomeRecord
            {
                RequestId = $"{id}-end",
                ConversationId = id,
                UserKey = user,
                Timestamp = t,
                Arm = arm,
                PolicyVersion = policy,
                Outcome = outcome,
                Turns = actions.Length,
                FinalInput = UserMeaning.Of(outcome == OutcomeRecord.Accepted ? UserAct.Yes : UserAct.Stop),
            });
        }

        for (var i = 0; i < listening.Length; i++)
        {
            _records.Add(new ListeningRecord
            {
                RequestId = $"{id}-l{i}",
                ConversationId = id,
                UserKey = user,
                Timestamp = t.AddMinutes(5 + i),
                Arm = arm,
                PolicyVersion = policy,
                TrackId = "t",
                StationId = "s",
                Seconds = listening[i],
                Event = "stopped",
            });
        }

        return this;
    }

    private static string Action(string type) => type switch
    {
        "ask_genre" => "ask_genre:JAZZ,POP",
        "play_sample" => "play_sample:t-1",
        _ => type,
    };
}
