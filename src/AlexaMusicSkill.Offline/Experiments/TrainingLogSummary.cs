using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>What a training log holds: conversations, decisions, success, and mean reward per action type.</summary>
public sealed class TrainingLogSummary
{
    private readonly double[] _rewardSum = new double[ActionTypes.All.Count];
    private readonly int[] _chosen = new int[ActionTypes.All.Count];

    public int Conversations { get; private set; }

    /// <summary>Conversations that ended before any decision (a direct "play …" at launch).</summary>
    public int WithoutDecisions { get; private set; }

    public int Decisions { get; private set; }

    public int Accepted { get; private set; }

    public int Exploring { get; private set; }

    public double RewardSum { get; private set; }

    public IReadOnlyList<(ActionType Type, int Chosen, double MeanReward)> ByAction =>
        [.. ActionTypes.All.Select((t, i) => (t, _chosen[i], _chosen[i] == 0 ? double.NaN : _rewardSum[i] / _chosen[i]))];

    internal void Add(LoggedConversation conversation, RewardedLog rewarded)
    {
        Conversations++;
        WithoutDecisions += conversation.Decisions.Count == 0 ? 1 : 0;
        Decisions += conversation.Decisions.Count;
        Accepted += conversation.Accepted ? 1 : 0;
        Exploring += conversation.Exploring ? 1 : 0;
        foreach (var turn in rewarded.Turns)
        {
            RewardSum += turn.Reward;
            if (ActionId.TryParse(turn.Chosen) is { } action)
            {
                _chosen[(int)action.Type]++;
                _rewardSum[(int)action.Type] += turn.Reward;
            }
        }
    }
}
