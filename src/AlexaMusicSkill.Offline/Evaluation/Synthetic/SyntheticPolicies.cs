namespace AlexaMusicSkill.Offline.Evaluation.Synthetic;

/// <summary>The synthetic world's policies: production's rule, the optimum, and families between and around them.</summary>
public static class SyntheticPolicies
{
    public static ISyntheticPolicy Production { get; } = new Greedy("production", x => SyntheticWorld.Production(x));

    /// <summary>Best action by the true reward.</summary>
    public static ISyntheticPolicy Optimal { get; } = new Greedy("optimal", x => BestOver(Rewards(x), SyntheticWorld.Production(x), 0));

    /// <summary>
    /// Leaves production's pick only where another action's true reward beats it by more than
    /// <paramref name="bonus"/>: 0 is the optimum, large values are production; value grows as bonus falls.
    /// </summary>
    public static ISyntheticPolicy Improved(double bonus, string? name = null) =>
        new Greedy(name ?? $"improved(bonus={bonus:0.####})", x => BestOver(Rewards(x), SyntheticWorld.Production(x), bonus));

    /// <summary>
    /// Takes the best alternative to production's pick wherever it is worse by less than <paramref name="maxLoss"/>:
    /// 0 is production; value falls as maxLoss grows.
    /// </summary>
    public static ISyntheticPolicy Degraded(double maxLoss, string? name = null) =>
        new Greedy(name ?? $"degraded(loss<{maxLoss:0.####})", x => CloseAlternative(Rewards(x), SyntheticWorld.Production(x), maxLoss));

    /// <summary>ε-greedy around a deterministic policy: its pick gets 1 − ε + ε/K, every other action ε/K.</summary>
    public static ISyntheticPolicy EpsilonGreedy(ISyntheticPolicy greedy, double epsilon) => new Exploring(greedy, epsilon);

    /// <summary>A stochastic target: softmax of the true rewards at a temperature.</summary>
    public static ISyntheticPolicy Softmax(double temperature) => new SoftmaxPolicy(temperature);

    /// <summary>The improved family's pick from the true rewards μ of the seven actions and production's pick.</summary>
    internal static int BestOver(ReadOnlySpan<double> mu, int production, double bonus)
    {
        var best = production;
        var bestValue = mu[production] + bonus;
        for (var a = 0; a < mu.Length; a++)
        {
            if (a != production && mu[a] > bestValue)
            {
                best = a;
                bestValue = mu[a];
            }
        }

        return best;
    }

    /// <summary>The degraded family's pick: the best alternative when it loses less than maxLoss, else production's.</summary>
    internal static int CloseAlternative(ReadOnlySpan<double> mu, int production, double maxLoss)
    {
        var alternative = -1;
        for (var a = 0; a < mu.Length; a++)
        {
            if (a != production && (alternative < 0 || mu[a] > mu[alternative]))
            {
                alternative = a;
            }
        }

        var loss = mu[production] - mu[alternative];
        return loss >= 0 && loss < maxLoss ? alternative : production;
    }

    private static double[] Rewards(in SyntheticContext x)
    {
        var mu = new double[SyntheticWorld.ActionCount];
        for (var a = 0; a < mu.Length; a++)
        {
            mu[a] = SyntheticWorld.TrueReward(x, a);
        }

        return mu;
    }

    private sealed class Greedy(string name, Func<SyntheticContext, int> pick) : ISyntheticPolicy
    {
        public string Name => name;

        public void Distribution(in SyntheticContext x, Span<double> probabilities)
        {
            probabilities.Clear();
            probabilities[pick(x)] = 1;
        }
    }

    private sealed class Exploring(ISyntheticPolicy greedy, double epsilon) : ISyntheticPolicy
    {
        public string Name => $"{greedy.Name} ε={epsilon}";

        public void Distribution(in SyntheticContext x, Span<double> probabilities)
        {
            greedy.Distribution(x, probabilities);
            for (var a = 0; a < probabilities.Length; a++)
            {
                probabilities[a] = ((1 - epsilon) * probabilities[a]) + (epsilon / probabilities.Length);
            }
        }
    }

    private sealed class SoftmaxPolicy(double temperature) : ISyntheticPolicy
    {
        public string Name => $"softmax(T={temperature})";

        public void Distribution(in SyntheticContext x, Span<double> probabilities)
        {
            double sum = 0;
            for (var a = 0; a < probabilities.Length; a++)
            {
                probabilities[a] = Math.Exp(SyntheticWorld.TrueReward(x, a) / temperature);
                sum += probabilities[a];
            }

            for (var a = 0; a < probabilities.Length; a++)
            {
                probabilities[a] /= sum;
            }
        }
    }
}
