using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// What every estimator reads, one slot per logged turn, sorted by conversation then turn: reward r, logged propensity
/// π_b(a|x), the target's probability π_e(a|x) of the logged action, the weight w = π_e/π_b, q̂(x, a) of the logged
/// action, q̂(x, π_e) = Σ_a π_e(a|x) q̂(x, a), and the target's mass on candidates the logger never gave a chance
/// (support). Per conversation ("group"): success, turns, whether the log holds all of it, and its listener (the
/// cluster the bootstrap resamples).
/// </summary>
public sealed class EvaluationData
{
    private readonly int[] _group;
    private readonly int[] _listener;
    private readonly int[] _turn;
    private readonly double[] _reward;
    private readonly double[] _propensity;
    private readonly double[] _target;
    private readonly double[] _weight;
    private readonly double[] _qChosen;
    private readonly double[] _qTarget;
    private readonly double[] _unsupported;

    internal EvaluationData(
        string policy,
        int[] group,
        int[] listener,
        int[] turn,
        double[] reward,
        double[] propensity,
        double[] targetProbability,
        double[] qChosen,
        double[] qTarget,
        double[] unsupportedMass,
        IReadOnlyList<Episode?> episodes,
        IReadOnlyList<string> unsupportedActions,
        int excludedTurns)
    {
        Policy = policy;
        _group = group;
        _listener = listener;
        _turn = turn;
        _reward = reward;
        _propensity = propensity;
        _target = targetProbability;
        _qChosen = qChosen;
        _qTarget = qTarget;
        _unsupported = unsupportedMass;
        _weight = new double[reward.Length];
        for (var i = 0; i < _weight.Length; i++)
        {
            _weight[i] = targetProbability[i] / propensity[i];
        }

        Episodes = episodes;
        UnsupportedActions = unsupportedActions;
        ExcludedTurns = excludedTurns;
    }

    public string Policy { get; }

    public int Count => _reward.Length;

    /// <summary>Conversations; group indices run from 0 to GroupCount − 1.</summary>
    public int GroupCount => Episodes.Count;

    public ReadOnlySpan<int> Group => _group;

    /// <summary>Each group's listener, numbered from 0 in the order of their first conversation.</summary>
    public ReadOnlySpan<int> Listener => _listener;

    public ReadOnlySpan<int> Turn => _turn;

    public ReadOnlySpan<double> Reward => _reward;

    public ReadOnlySpan<double> Propensity => _propensity;

    public ReadOnlySpan<double> TargetProbability => _target;

    public ReadOnlySpan<double> Weight => _weight;

    public ReadOnlySpan<double> QChosen => _qChosen;

    public ReadOnlySpan<double> QTarget => _qTarget;

    public ReadOnlySpan<double> UnsupportedMass => _unsupported;

    /// <summary>Each group's episode, or null when the log has none for it (then episode estimators skip it).</summary>
    public IReadOnlyList<Episode?> Episodes { get; }

    /// <summary>Distinct actions the target gave probability where the logger gave 0 (first few).</summary>
    public IReadOnlyList<string> UnsupportedActions { get; }

    /// <summary>Turns left out because their conversation was not exploring.</summary>
    public int ExcludedTurns { get; }

    /// <summary>
    /// Scores the log's turns under <paramref name="target"/> and <paramref name="model"/>. Off-policy estimates use
    /// exploring conversations only (contracts.md): greedy ones give every other candidate probability 0.
    /// </summary>
    public static EvaluationData Build(RewardedLog log, ITargetPolicy target, IRewardModel model, bool exploringOnly = true)
    {
        var rows = log.Turns.Where(t => t.Exploring || !exploringOnly)
            .OrderBy(t => t.ConversationId, StringComparer.Ordinal).ThenBy(t => t.Turn).ToList();
        var episodesById = log.Episodes.ToDictionary(e => e.ConversationId, StringComparer.Ordinal);
        var n = rows.Count;
        var group = new int[n];
        var turn = new int[n];
        var reward = new double[n];
        var propensity = new double[n];
        var targetProbability = new double[n];
        var qChosen = new double[n];
        var qTarget = new double[n];
        var unsupported = new double[n];
        var episodes = new List<Episode?>();
        var listeners = new List<int>();
        var listenerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            if (i == 0 || row.ConversationId != rows[i - 1].ConversationId)
            {
                episodes.Add(episodesById.GetValueOrDefault(row.ConversationId));

                // The record's userKey is the listener; a synthetic row has no record, and its conversation stands alone.
                var key = row.Record?.UserKey ?? row.ConversationId;
                if (!listenerIndex.TryGetValue(key, out var listener))
                {
                    listener = listenerIndex[key] = listenerIndex.Count;
                }

                listeners.Add(listener);
            }

            if (!(row.Propensity > 0 && row.Propensity <= 1))
            {
                throw new InvalidDataException($"Turn {row.ConversationId}/{row.Turn}: logged propensity {row.Propensity} is not in (0, 1].");
            }

            group[i] = episodes.Count - 1;
            turn[i] = row.Turn;
            reward[i] = row.Reward;
            propensity[i] = row.Propensity;
        }

        // Scoring every candidate of every turn under the target and q̂ is the expensive part, and turns are
        // independent: split them over the cores (policies and models are read-only), results land by index.
        var unsupportedActions = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        ParallelWork.For(
            n,
            () => (Probabilities: new double[32], Predictions: new double[32]),
            (i, scratch) =>
            {
                var row = rows[i];
                var k = row.Candidates.Count;
                if (scratch.Probabilities.Length < k)
                {
                    scratch = (new double[k], new double[k]);
                }

                var pi = scratch.Probabilities.AsSpan(0, k);
                pi.Clear();
                target.Distribution(row, pi);
                CheckDistribution(target, row, pi);
                double expected = 0, missing = 0;
                for (var c = 0; c < k; c++)
                {
                    var candidate = row.Candidates[c];
                    scratch.Predictions[c] = model.Predict(candidate.Features);
                    expected += pi[c] * scratch.Predictions[c];
                    if (pi[c] > 0 && candidate.Probability <= 0)
                    {
                        missing += pi[c];
                        if (unsupportedActions.Count < 20)
                        {
                            unsupportedActions.TryAdd(candidate.Action, 0);
                        }
                    }
                }

                targetProbability[i] = pi[row.ChosenIndex];
                qChosen[i] = scratch.Predictions[row.ChosenIndex];
                qTarget[i] = expected;
                unsupported[i] = missing;
                return scratch;
            });

        return new EvaluationData(
            target.Name, group, [.. listeners], turn, reward, propensity, targetProbability, qChosen, qTarget, unsupported, episodes,
            [.. unsupportedActions.Keys.Order(StringComparer.Ordinal).Take(20)],
            log.Turns.Count - n);
    }

    private static void CheckDistribution(ITargetPolicy target, TurnRow row, ReadOnlySpan<double> pi)
    {
        double sum = 0;
        foreach (var p in pi)
        {
            if (!(p >= 0))
            {
                throw new InvalidOperationException($"Policy {target.Name} gave probability {p} at turn {row.ConversationId}/{row.Turn}.");
            }

            sum += p;
        }

        if (Math.Abs(sum - 1) > 1e-6)
        {
            throw new InvalidOperationException($"Policy {target.Name}'s probabilities sum to {sum} at turn {row.ConversationId}/{row.Turn}, not 1.");
        }
    }
}
