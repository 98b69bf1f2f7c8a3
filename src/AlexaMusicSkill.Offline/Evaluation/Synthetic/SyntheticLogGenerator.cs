using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Randomness;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Evaluation.Synthetic;

/// <summary>
/// Writes a synthetic log the way the skill logs: conversations explore with a share (drawn once), exploring ones
/// choose ε-greedy around production's rule with the propensity logged, the others greedily; every turn lists all
/// seven candidates with their probabilities and features; episodes record success and turns.
/// </summary>
public static class SyntheticLogGenerator
{
    public static RewardedLog Generate(SyntheticLogSettings settings) => Simulate(settings, contexts: null);

    /// <summary>Only the logged contexts (for the ground truth, without building rows); returns the conversation count.</summary>
    internal static int LoggedContexts(SyntheticLogSettings settings, List<SyntheticContext> contexts) =>
        Simulate(settings, contexts).Episodes.Count;

    private static RewardedLog Simulate(SyntheticLogSettings settings, List<SyntheticContext>? contexts)
    {
        var random = new SplitMix64(0x5EED_0000UL + (ulong)(uint)settings.Seed);
        var exploring = SyntheticPolicies.EpsilonGreedy(SyntheticPolicies.Production, settings.Epsilon);
        var turns = new List<TurnRow>(contexts is null ? settings.Turns + SyntheticWorld.MaxTurns : 0);
        var logged = 0;
        var episodes = new List<Episode>(settings.Turns / 3);
        Span<double> probabilities = stackalloc double[SyntheticWorld.ActionCount];
        for (var conversation = 0; logged < settings.Turns; conversation++)
        {
            var id = $"syn{settings.Seed}-{conversation:D7}";
            var explores = random.NextDouble() < settings.ExplorationShare;
            var logging = explores ? exploring : SyntheticPolicies.Production;
            var x = SyntheticWorld.Start(ref random);
            var success = false;
            var turn = 0;
            for (var continues = true; continues; turn++)
            {
                logging.Distribution(x, probabilities);
                var action = Draw(probabilities, ref random);
                var (reward, next, goesOn, succeeded) = SyntheticWorld.Step(x, action, ref random);
                logged++;
                if (contexts is null)
                {
                    turns.Add(new TurnRow(id, turn, explores, action, probabilities[action], Candidates(x, probabilities), reward));
                }
                else
                {
                    contexts.Add(x);
                }

                (x, continues, success) = (next, goesOn, succeeded);
            }

            episodes.Add(new Episode(id, success ? EpisodeOutcome.Accepted : EpisodeOutcome.Abandoned, explores, turn));
        }

        return new RewardedLog(turns, episodes);
    }

    private static CandidateRecord[] Candidates(in SyntheticContext x, ReadOnlySpan<double> probabilities)
    {
        var candidates = new CandidateRecord[SyntheticWorld.ActionCount];
        for (var a = 0; a < candidates.Length; a++)
        {
            candidates[a] = new CandidateRecord(SyntheticWorld.ActionIds[a], 0, probabilities[a], 0, null, x.Features(a));
        }

        return candidates;
    }

    internal static int Draw(ReadOnlySpan<double> probabilities, ref SplitMix64 random)
    {
        var draw = random.NextDouble();
        var cumulative = 0.0;
        for (var a = 0; a < probabilities.Length; a++)
        {
            cumulative += probabilities[a];
            if (draw < cumulative)
            {
                return a;
            }
        }

        return probabilities.Length - 1;
    }
}
