using System.Collections.Concurrent;
using AlexaMusicSkill.Logging.Records;
using AlexaMusicSkill.Offline.Simulation;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// Keeps only the per-turn rewards of each simulated conversation (computed from its records as they arrive), so an
/// arm's true per-turn value is known without holding its decision log in memory.
/// </summary>
public sealed class RewardingSink(ITurnRewards rewards) : IRecordSink
{
    private readonly ConcurrentDictionary<string, double[]> _rewards = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double[]> Rewards => _rewards;

    public void Write(int chunk, IReadOnlyList<LogRecord> records)
    {
        foreach (var group in records.GroupBy(r => r.ConversationId))
        {
            var decisions = group.OfType<DecisionRecord>().OrderBy(d => d.Turn).ToList();
            var outcome = group.OfType<OutcomeRecord>().FirstOrDefault();
            _rewards[group.Key] = rewards.Of(new LoggedConversation(group.Key, decisions, outcome));
        }
    }
}
