using AlexaMusicSkill.Logging.Records;
using AlexaMusicSkill.Offline.Experiments;
using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Tests.Experiments;

/// <summary>
/// Logs where the truth is exact by construction: every turn has six candidates whose role is written in one feature
/// slot: role 0 is production's pick with success probability m (drawn per turn), role 1 the candidate's pick with
/// (1 + effect)·m, the rest m/2. Production logs ε-greedily (ε = 0.3). The reward model cannot tell roles 0 and 1
/// apart (it predicts the same for both), so only the logged rewards can show the difference.
/// </summary>
internal static class ConstructedPolicies
{
    public const int Candidates = 6;
    public const double Epsilon = 0.3;
    public const int TurnsPerConversation = 5;

    private static readonly int RoleSlot = FeatureSchema.IndexOf("pool_share");

    public static IDialoguePolicy Production { get; } = new RolePolicy(0, "production");

    public static IDialoguePolicy Candidate { get; } = new RolePolicy(1, "candidate");

    public static IRewardModel RewardModel { get; } = new RoleBlindModel();

    /// <summary>Logged turns of the exploring production policy.</summary>
    public static IReadOnlyList<EvaluationTurn> Log(int turns, double effect, ulong seed)
    {
        var random = new SimRandom(seed);
        var result = new List<EvaluationTurn>(turns);
        for (var i = 0; i < turns; i++)
        {
            var m = 0.25 + (0.2 * random.NextDouble());
            var candidates = new CandidateRecord[Candidates];
            for (var c = 0; c < Candidates; c++)
            {
                var features = new float[FeatureSchema.Count];
                features[RoleSlot] = c;
                var p = (Epsilon / Candidates) + (c == 0 ? 1 - Epsilon : 0);
                candidates[c] = new CandidateRecord($"play_sample:t{c}", 0, p, c, null, features);
            }

            var draw = random.NextDouble();
            var chosen = 0;
            for (var cumulative = candidates[0].Probability; draw >= cumulative && chosen < Candidates - 1; cumulative += candidates[++chosen].Probability)
            {
            }

            var reward = random.Chance(Mean(chosen, m, effect)) ? 1.0 : 0.0;
            result.Add(new EvaluationTurn($"c{i / TurnsPerConversation:D6}", i % TurnsPerConversation, true, new PolicyContext(), candidates, chosen, candidates[chosen].Probability, reward));
        }

        return result;
    }

    /// <summary>The A/B: each policy serves its own turns; returns (candidate mean − production mean, its 95% half-width).</summary>
    public static (double Difference, double HalfWidth) OnPolicy(int turns, double effect, ulong seed)
    {
        var random = new SimRandom(seed);
        double a = 0, b = 0;
        for (var i = 0; i < turns; i++)
        {
            var m = 0.25 + (0.2 * random.NextDouble());
            a += random.Chance(Mean(1, m, effect)) ? 1 : 0;
            b += random.Chance(Mean(0, m, effect)) ? 1 : 0;
        }

        var pa = a / turns;
        var pb = b / turns;
        return (pa - pb, 1.96 * Math.Sqrt(((pa * (1 - pa)) + (pb * (1 - pb))) / turns));
    }

    private static double Mean(int role, double m, double effect) => role switch
    {
        0 => m,
        1 => (1 + effect) * m,
        _ => m / 2,
    };

    private sealed class RolePolicy(int role, string name) : IDialoguePolicy
    {
        public string Version => name;

        public string? ModelVersion => null;

        public void Score(PolicyContext context, IReadOnlyList<CandidateAction> candidates, ReadOnlySpan<float> features, Span<double> scores)
        {
            for (var c = 0; c < candidates.Count; c++)
            {
                scores[c] = features[(c * FeatureSchema.Count) + RoleSlot] == role ? 1 : 0;
            }
        }
    }

    private sealed class RoleBlindModel : IRewardModel
    {
        public double Predict(ReadOnlySpan<float> features) => features[RoleSlot] <= 1 ? 0.35 : 0.175;
    }
}
