using System.Collections.Concurrent;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// Keeps only the per-turn rewards of each simulated conversation (computed by the rewards module from its records as
/// they arrive), so an arm's true per-turn value is known without holding its decision log in memory.
/// </summary>
public sealed class RewardingSink : IRecordSink
{
    private readonly ConcurrentDictionary<string, double[]> _rewards = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double[]> Rewards => _rewards;

    public void Write(int chunk, IReadOnlyList<LogRecord> records)
    {
        foreach (var group in ConversationRewards.Compute(records).Turns.GroupBy(t => t.ConversationId))
        {
            _rewards[group.Key] = [.. group.OrderBy(t => t.Turn).Select(t => t.Reward)];
        }
    }
}
