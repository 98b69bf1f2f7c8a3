using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Offline.Training;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// A decision log turned into what learning and evaluation need, in one streaming pass: training rows (the chosen
/// action's features and its reward) from most conversations, and full evaluation turns (every candidate) from a
/// held-out share, so the reward model never scores a conversation it was trained on.
/// </summary>
public sealed record LogDataset(
    IReadOnlyList<TrainingRow> Training,
    IReadOnlyList<EvaluationTurn> Evaluation,
    LogSummary Summary)
{
    public static LogDataset Read(string path, ITurnRewards rewards, double testShare, ulong seed)
    {
        var training = new List<TrainingRow>();
        var evaluation = new List<EvaluationTurn>();
        var summary = new LogSummary();
        foreach (var conversation in LogStream.Conversations(path))
        {
            if (conversation.Decisions.Count == 0)
            {
                summary.WithoutDecisions++;
                continue;
            }

            var turnRewards = rewards.Of(conversation);
            summary.Add(conversation, turnRewards);
            var held = IsHeldOut(conversation.ConversationId, testShare, seed);
            for (var t = 0; t < conversation.Decisions.Count; t++)
            {
                var d = conversation.Decisions[t];
                var chosen = IndexOf(d.Candidates, d.Chosen);
                if (held)
                {
                    evaluation.Add(new EvaluationTurn(conversation.ConversationId, d.Turn, d.Exploring, d.Context, d.Candidates, chosen, d.Propensity, turnRewards[t]));
                }
                else
                {
                    training.Add(new TrainingRow(d.Candidates[chosen].Features, (float)turnRewards[t], conversation.ConversationId));
                }
            }
        }

        return new LogDataset(training, evaluation, summary);
    }

    private static bool IsHeldOut(string conversationId, double share, ulong seed)
    {
        var hash = 1469598103934665603UL;
        foreach (var c in conversationId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return new SimRandom(SimRandom.Mix(seed, (long)hash)).NextDouble() < share;
    }

    private static int IndexOf(IReadOnlyList<Logging.Records.CandidateRecord> candidates, string action)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Action == action)
            {
                return i;
            }
        }

        throw new InvalidDataException($"The chosen action {action} is not among the logged candidates.");
    }
}

/// <summary>What a training log holds: conversations, decisions, success, and mean reward per action type.</summary>
public sealed class LogSummary
{
    private readonly double[] _rewardSum = new double[ActionTypes.All.Count];
    private readonly int[] _chosen = new int[ActionTypes.All.Count];

    public int Conversations { get; private set; }

    public int Decisions { get; private set; }

    public int Accepted { get; private set; }

    public int Exploring { get; private set; }

    public int WithoutDecisions { get; set; }

    public double RewardSum { get; private set; }

    public IReadOnlyList<(ActionType Type, int Chosen, double MeanReward)> ByAction =>
        [.. ActionTypes.All.Select((t, i) => (t, _chosen[i], _chosen[i] == 0 ? double.NaN : _rewardSum[i] / _chosen[i]))];

    internal void Add(LoggedConversation conversation, double[] rewards)
    {
        Conversations++;
        Decisions += conversation.Decisions.Count;
        Accepted += conversation.Accepted ? 1 : 0;
        Exploring += conversation.Exploring ? 1 : 0;
        for (var t = 0; t < rewards.Length; t++)
        {
            RewardSum += rewards[t];
            if (ActionId.TryParse(conversation.Decisions[t].Chosen) is { } action)
            {
                _chosen[(int)action.Type]++;
                _rewardSum[(int)action.Type] += rewards[t];
            }
        }
    }
}
