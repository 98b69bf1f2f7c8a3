using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Randomness;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Tests.Experiments;

/// <summary>
/// Logs where the truth is exact by construction: every decision has six candidates whose role is written in one
/// feature slot: role 0 is production's pick with success probability m (drawn per decision), role 1 the candidate's
/// pick with (1 + effect)·m, the rest m/2. Production logs ε-greedily (ε = 0.3). The reward model cannot tell roles 0
/// and 1 apart (it predicts the same for both), so only the logged rewards can show the difference. One decision per
/// conversation, so trajectory weights equal per-turn weights.
/// </summary>
internal static class ConstructedPolicies
{
    public const int Candidates = 6;
    public const double Epsilon = 0.3;

    private static readonly int RoleSlot = FeatureSchema.IndexOf("pool_share");

    public static ITargetPolicy Production { get; } = new RoleTarget(0, "production");

    public static ITargetPolicy Candidate { get; } = new RoleTarget(1, "candidate");

    public static IRewardModel RewardModel { get; } = new RoleBlindModel();

    /// <summary>Logged decisions of the exploring production policy, rewarded.</summary>
    public static RewardedLog Log(int decisions, double effect, ulong seed)
    {
        var random = new SeededRandom(seed);
        var turns = new List<TurnRow>(decisions);
        var episodes = new List<Episode>(decisions);
        // Every decision offers the same six candidates (only their rewards differ), so one list serves them all.
        var candidates = new CandidateRecord[Candidates];
        for (var c = 0; c < Candidates; c++)
        {
            var features = new float[RoleSlot + 1];
            features[RoleSlot] = c;
            var p = (Epsilon / Candidates) + (c == 0 ? 1 - Epsilon : 0);
            candidates[c] = new CandidateRecord($"play_sample:t{c}", 0, p, c, null, features);
        }

        for (var i = 0; i < decisions; i++)
        {
            var m = 0.25 + (0.2 * random.NextDouble());
            var draw = random.NextDouble();
            var chosen = 0;
            for (var cumulative = candidates[0].Probability; draw >= cumulative && chosen < Candidates - 1; cumulative += candidates[++chosen].Probability)
            {
            }

            var reward = random.Chance(Mean(chosen, m, effect)) ? 1.0 : 0.0;
            var id = $"c{i:D6}";
            turns.Add(new TurnRow(id, 0, true, chosen, candidates[chosen].Probability, candidates, reward));
            episodes.Add(new Episode(id, reward > 0 ? EpisodeOutcome.Accepted : EpisodeOutcome.Abandoned, true, 1));
        }

        return new RewardedLog(turns, episodes);
    }

    /// <summary>The A/B: each policy serves its own decisions; returns (candidate − production success, its 95% half-width).</summary>
    public static (double Difference, double HalfWidth) OnPolicy(int decisions, double effect, ulong seed)
    {
        var random = new SeededRandom(seed);
        double a = 0, b = 0;
        for (var i = 0; i < decisions; i++)
        {
            var m = 0.25 + (0.2 * random.NextDouble());
            a += random.Chance(Mean(1, m, effect)) ? 1 : 0;
            b += random.Chance(Mean(0, m, effect)) ? 1 : 0;
        }

        var pa = a / decisions;
        var pb = b / decisions;
        return (pa - pb, 1.96 * Math.Sqrt(((pa * (1 - pa)) + (pb * (1 - pb))) / decisions));
    }

    private static double Mean(int role, double m, double effect) => role switch
    {
        0 => m,
        1 => (1 + effect) * m,
        _ => m / 2,
    };

    private sealed class RoleTarget(int role, string name) : ITargetPolicy
    {
        public string Name => name;

        public void Distribution(TurnRow turn, Span<double> probabilities)
        {
            probabilities.Clear();
            for (var c = 0; c < turn.Candidates.Count; c++)
            {
                if (turn.Candidates[c].Features[RoleSlot] == role)
                {
                    probabilities[c] = 1;
                }
            }
        }
    }

    private sealed class RoleBlindModel : IRewardModel
    {
        public double Predict(ReadOnlySpan<float> features) => features[RoleSlot] <= 1 ? 0.35 : 0.175;
    }
}
