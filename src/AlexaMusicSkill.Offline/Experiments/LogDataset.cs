using AlexaMusicSkill.Logging.Records;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Training;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// A decision log turned into what learning and evaluation need, in one streaming pass through the rewards module
/// (<see cref="ConversationRewards"/>: prompt usefulness per decision, success and turns per conversation): training
/// rows from most conversations, and the rewarded turns and episodes of a held-out share for off-policy evaluation
/// and the gate, so the reward model never scores a conversation it was trained on.
/// </summary>
public sealed record LogDataset(IReadOnlyList<TrainingRow> Training, RewardedLog Evaluation, LogSummary Summary)
{
    public static LogDataset Read(string path, double testShare, int seed)
    {
        var split = new ConversationSplit(testShare, seed);
        var training = new List<TrainingRow>();
        var turns = new List<TurnRow>();
        var episodes = new List<Episode>();
        var summary = new LogSummary();
        foreach (var conversation in LogStream.Conversations(path))
        {
            var rewarded = ConversationRewards.Compute(conversation.Records());
            summary.Add(conversation, rewarded);
            if (split.IsTest(conversation.ConversationId))
            {
                turns.AddRange(rewarded.Turns);
                episodes.AddRange(rewarded.Episodes);
            }
            else
            {
                training.AddRange(TrainingPipeline.RowsOf(rewarded));
            }
        }

        return new LogDataset(training, new RewardedLog(turns, episodes), summary);
    }
}

/// <summary>What a training log holds: conversations, decisions, success, and mean reward per action type.</summary>
public sealed class LogSummary
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
