using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Training;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// A decision log turned into what learning and evaluation need, in one streaming pass through the rewards module
/// (<see cref="ConversationRewards"/>: prompt usefulness per decision, success and turns per conversation): training
/// rows from most conversations, and the rewarded turns and episodes of a held-out share for off-policy evaluation
/// and the gate, so the reward model never scores a conversation it was trained on.
/// </summary>
public sealed record LogDataset(IReadOnlyList<TrainingRow> Training, RewardedLog Evaluation, TrainingLogSummary Summary)
{
    /// <summary>Reads conversation by conversation, in log order, so the result is the log's own order whatever its timestamps do.</summary>
    public static LogDataset Read(string path, double testShare, int seed) =>
        RecordLog.Read([path], conversations => Collect(conversations, new ConversationSplit(testShare, seed)), new RecordLogOptions { InLogOrder = true });

    private static LogDataset Collect(IEnumerable<LoggedConversation> conversations, ConversationSplit split)
    {
        var training = new List<TrainingRow>();
        var turns = new List<TurnRow>();
        var episodes = new List<Episode>();
        var summary = new TrainingLogSummary();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var conversation in conversations.Where(c => !c.ListeningOnly))
        {
            var rewarded = ConversationRewards.Of(conversation);
            summary.Add(conversation, rewarded);
            if (split.IsTest(conversation.ConversationId))
            {
                turns.AddRange(rewarded.Turns.Select(t => Compact(t, strings)));
                episodes.AddRange(rewarded.Episodes);
            }
            else
            {
                training.AddRange(TrainingPipeline.RowsOf(rewarded));
            }
        }

        return new LogDataset(training, new RewardedLog(turns, episodes), summary);
    }

    /// <summary>
    /// Held-out turns stay in memory until evaluation: their action ids and the strings every record repeats are
    /// shared (the JSON reader gives each line its own copies), which keeps the largest log's held-out half well
    /// under a gigabyte smaller.
    /// </summary>
    private static TurnRow Compact(TurnRow turn, Dictionary<string, string> strings)
    {
        var candidates = turn.Candidates.Select(c => c with { Action = Shared(c.Action, strings) }).ToArray();
        var record = turn.Record is { } d
            ? d with
            {
                Candidates = candidates,
                Chosen = Shared(d.Chosen, strings),
                UserKey = Shared(d.UserKey, strings),
                Arm = Shared(d.Arm, strings),
                PolicyVersion = Shared(d.PolicyVersion, strings),
                ExplorationScheme = Shared(d.ExplorationScheme, strings),
                FeatureSchemaVersion = Shared(d.FeatureSchemaVersion, strings),
                CatalogFingerprint = Shared(d.CatalogFingerprint, strings),
            }
            : null;
        return turn with { Candidates = candidates, Record = record };
    }

    private static string Shared(string value, Dictionary<string, string> strings)
    {
        if (strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        strings[value] = value;
        return value;
    }
}
