using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Evaluation.Synthetic;

/// <summary>
/// Ground truth for the synthetic world. Per turn, the estimand of the per-turn estimators is
/// V(π) = E_{x∼D_log}[Σ_a π(a|x) μ(x, a)] over the contexts the logging policy meets; it is computed exactly for each
/// context of a large fixed-seed sample of logged contexts, so only the context sample is Monte Carlo.
/// Per conversation (success, turns), the truth is a large on-policy simulation with a fixed seed.
/// </summary>
public sealed class SyntheticTruth
{
    private readonly SyntheticContext[] _contexts;
    private readonly double[] _mu;
    private readonly int[] _production;

    private SyntheticTruth(SyntheticContext[] contexts, double turnsPerConversation)
    {
        _contexts = contexts;
        TurnsPerConversation = turnsPerConversation;
        _mu = new double[contexts.Length * SyntheticWorld.ActionCount];
        _production = new int[contexts.Length];
        for (var i = 0; i < contexts.Length; i++)
        {
            _production[i] = SyntheticWorld.Production(contexts[i]);
            for (var a = 0; a < SyntheticWorld.ActionCount; a++)
            {
                _mu[(i * SyntheticWorld.ActionCount) + a] = SyntheticWorld.TrueReward(contexts[i], a);
            }
        }
    }

    public int Count => _contexts.Length;

    /// <summary>Mean decisions per logged conversation: per-conversation values are per-turn values times this.</summary>
    public double TurnsPerConversation { get; }

    /// <summary>Samples the contexts of at least <paramref name="turns"/> logged turns (ε-greedy production, every conversation exploring).</summary>
    public static SyntheticTruth Sample(int turns = 500_000, double epsilon = 0.2, int seed = 424242)
    {
        var contexts = new List<SyntheticContext>(turns + SyntheticWorld.MaxTurns);
        var conversations = SyntheticLogGenerator.LoggedContexts(new SyntheticLogSettings(turns, epsilon, 1.0, seed), contexts);
        return new SyntheticTruth([.. contexts], (double)contexts.Count / conversations);
    }

    /// <summary>The true per-turn value of <paramref name="policy"/> on the logged context distribution.</summary>
    public double PerTurnValue(ISyntheticPolicy policy)
    {
        Span<double> pi = stackalloc double[SyntheticWorld.ActionCount];
        double total = 0;
        foreach (var x in _contexts)
        {
            policy.Distribution(x, pi);
            for (var a = 0; a < pi.Length; a++)
            {
                total += pi[a] > 0 ? pi[a] * SyntheticWorld.TrueReward(x, a) : 0;
            }
        }

        return total / _contexts.Length;
    }

    private ReadOnlySpan<double> Rewards(int i) => _mu.AsSpan(i * SyntheticWorld.ActionCount, SyntheticWorld.ActionCount);

    /// <summary>
    /// A deterministic candidate whose true per-turn value is production's times (1 + <paramref name="relativeChange"/>):
    /// from the improved family for a gain, the degraded family for a loss (bisection on their parameter).
    /// </summary>
    public (ISyntheticPolicy Policy, double Value) Candidate(double relativeChange, string? name = null)
    {
        var goal = PerTurnValue(SyntheticPolicies.Production) * (1 + relativeChange);
        Func<int, double, int> pick = relativeChange >= 0
            ? (i, p) => SyntheticPolicies.BestOver(Rewards(i), _production[i], p)
            : (i, p) => SyntheticPolicies.CloseAlternative(Rewards(i), _production[i], p);
        double low = 0, high = 1;
        for (var step = 0; step < 40; step++)
        {
            var middle = (low + high) / 2;
            double total = 0;
            for (var i = 0; i < _contexts.Length; i++)
            {
                total += _mu[(i * SyntheticWorld.ActionCount) + pick(i, middle)];
            }

            // Value falls as the improved family's bonus grows, and as the degraded family's allowed loss grows.
            (low, high) = total / _contexts.Length > goal ? (middle, high) : (low, middle);
        }

        var parameter = (low + high) / 2;
        var policy = relativeChange >= 0 ? SyntheticPolicies.Improved(parameter, name) : SyntheticPolicies.Degraded(parameter, name);
        return (policy, PerTurnValue(policy));
    }

    /// <summary>Runs <paramref name="policy"/> on-policy: its success rate, turns of successful conversations, and mean turns.</summary>
    public static EpisodeValues Episodes(ISyntheticPolicy policy, int conversations = 200_000, int seed = 434343)
    {
        var random = new SplitMix64(0xE915_0DE5UL + (ulong)(uint)seed);
        Span<double> pi = stackalloc double[SyntheticWorld.ActionCount];
        long successes = 0, turnsOfSuccesses = 0, allTurns = 0;
        for (var c = 0; c < conversations; c++)
        {
            var x = SyntheticWorld.Start(ref random);
            var turns = 0;
            var success = false;
            for (var continues = true; continues; turns++)
            {
                policy.Distribution(x, pi);
                var action = SyntheticLogGenerator.Draw(pi, ref random);
                (_, x, continues, success) = SyntheticWorld.Step(x, action, ref random);
            }

            allTurns += turns;
            if (success)
            {
                successes++;
                turnsOfSuccesses += turns;
            }
        }

        return new EpisodeValues((double)successes / conversations, (double)turnsOfSuccesses / successes, (double)allTurns / conversations);
    }
}

/// <summary>A policy's true conversation-level values.</summary>
public sealed record EpisodeValues(double SuccessRate, double TurnsToSuccess, double MeanTurns);
