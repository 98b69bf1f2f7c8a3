using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Tests.TestDoubles;

/// <summary>
/// A five-turn log small enough to compute every estimate by hand. Each candidate's only feature is its q̂.
/// Weights w = π_e/π_b: A0 0.625, A1 2, B0 2.5, C0 4, C1 0.4. Conversation A fails after 2 turns, B succeeds after 1,
/// C after 2; trajectory weights 1.25, 2.5, 1.6.
/// </summary>
internal static class HandLog
{
    // (conversation, turn, candidates as (logging p, q̂), chosen, reward, target π_e)
    private static readonly (string Id, int Turn, (double P, double Q)[] Candidates, int Chosen, double Reward, double[] Target)[] Turns =
    [
        ("A", 0, [(0.8, 0.5), (0.2, 0.2)], 0, 1, [0.5, 0.5]),
        ("A", 1, [(0.5, 0.4), (0.5, 0.6)], 1, 0, [0, 1]),
        ("B", 0, [(0.8, 0.5), (0.2, 0.2)], 1, 1, [0.5, 0.5]),
        ("C", 0, [(0.25, 0.3), (0.75, 0.9)], 0, 0, [1, 0]),
        ("C", 1, [(0.5, 0.1), (0.5, 0.7)], 0, 1, [0.2, 0.8]),
    ];

    public static RewardedLog Log { get; } = new(
        [.. Turns.Select(t => new TurnRow(t.Id, t.Turn, true, t.Chosen, t.Candidates[t.Chosen].P, Candidates(t.Candidates), t.Reward))],
        [
            new Episode("A", EpisodeOutcome.Abandoned, true, 2),
            new Episode("B", EpisodeOutcome.Accepted, true, 1),
            new Episode("C", EpisodeOutcome.Accepted, true, 2),
        ]);

    public static ITargetPolicy Target { get; } = new TableTarget("hand", Turns.ToDictionary(t => (t.Id, t.Turn), t => t.Target));

    public static IRewardModel Model { get; } = new FirstFeatureModel();

    public static EvaluationData Data => EvaluationData.Build(Log, Target, Model);

    private static CandidateRecord[] Candidates((double P, double Q)[] candidates) =>
        [.. candidates.Select((c, i) => new CandidateRecord(i == 0 ? "ask_open" : "ask_mood", 0, c.P, 0, null, [(float)c.Q]))];

    private sealed class FirstFeatureModel : IRewardModel
    {
        public double Predict(ReadOnlySpan<float> features) => Math.Round(features[0], 6);
    }
}

/// <summary>A target policy given as a table of distributions by (conversation, turn).</summary>
internal sealed class TableTarget(string name, IReadOnlyDictionary<(string, int), double[]> table) : ITargetPolicy
{
    public string Name => name;

    public void Distribution(TurnRow turn, Span<double> probabilities) => table[(turn.ConversationId, turn.Turn)].CopyTo(probabilities);
}

/// <summary>A target policy given as a function of the turn.</summary>
internal sealed class FuncTarget(string name, Func<TurnRow, double[]> distribution) : ITargetPolicy
{
    public string Name => name;

    public void Distribution(TurnRow turn, Span<double> probabilities) => distribution(turn).CopyTo(probabilities);
}
