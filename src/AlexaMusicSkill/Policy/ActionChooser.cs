using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Policy;

/// <summary>
/// Turns policy scores into the probability distribution actually used and draws from it. Greedy conversations
/// give the best-scored action (first on ties) probability 1. Exploring conversations give every eligible action at
/// least ε/K, so logged propensities are never zero and off-policy estimates have support.
/// </summary>
public static class ActionChooser
{
    public static int Choose(ReadOnlySpan<double> scores, bool exploring, ExplorationSettings settings, IRandomSource random, Span<double> probabilities)
    {
        var k = scores.Length;
        if (k == 0)
        {
            throw new ArgumentException("There must be at least one candidate.", nameof(scores));
        }

        var greedy = ArgMax(scores);
        probabilities.Clear();
        if (!exploring || settings.Epsilon <= 0 || k == 1)
        {
            probabilities[greedy] = 1;
            return greedy;
        }

        var floor = settings.Epsilon / k;
        if (settings.Scheme == ExplorationScheme.Softmax)
        {
            var max = scores[greedy];
            var sum = 0.0;
            for (var i = 0; i < k; i++)
            {
                probabilities[i] = Math.Exp((scores[i] - max) / settings.Temperature);
                sum += probabilities[i];
            }

            for (var i = 0; i < k; i++)
            {
                probabilities[i] = floor + ((1 - settings.Epsilon) * probabilities[i] / sum);
            }
        }
        else
        {
            probabilities.Fill(floor);
            probabilities[greedy] += 1 - settings.Epsilon;
        }

        var draw = random.NextDouble();
        var cumulative = 0.0;
        for (var i = 0; i < k; i++)
        {
            cumulative += probabilities[i];
            if (draw < cumulative)
            {
                return i;
            }
        }

        return k - 1; // rounding left the draw past the last bucket
    }

    public static int ArgMax(ReadOnlySpan<double> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
