

namespace AlexaMusicSkill.Feedback;

/// <summary>
/// How close the conversation is to music the listener will take, in [0, 1], from three signals in [0, 1]: the
/// sentiment of their reactions (a decaying sum, so the latest weighs most and a run of misses keeps pulling down),
/// how well we understood them (smoothed confidence, less for every fallback in a row), and how well the candidates
/// match what they asked for. Combined as a weighted geometric mean: the goal is near only when all three are, so
/// a run of rejected samples keeps it far however well we understood. A fixed rule, not learned: it sets the tone of
/// the reply and is a context feature the policy may use (research notes §5.2: never folded into the reward).
/// </summary>
public static class GoalCloseness
{
    public const double SentimentWeight = 0.5;
    public const double UnderstandingWeight = 0.2;
    public const double MatchWeight = 0.3;

    /// <summary>Each older reaction counts this much of the one after it.</summary>
    public const double Decay = 0.6;

    /// <summary>Each fallback in a row multiplies understanding by this.</summary>
    private const double FallbackFactor = 0.75;

    /// <summary>Match confidence before any candidates were generated: neither good nor bad.</summary>
    private const double UnknownMatch = 0.5;

    /// <summary>Keeps a component at zero from making every other signal meaningless.</summary>
    private const double Floor = 0.01;

    public static double Estimate(IReadOnlyList<double> sentiments, double understanding, int fallbackStreak, double? matchConfidence)
    {
        var sentiment = (SentimentMomentum(sentiments) + 1.0) / 2.0;
        var understood = Math.Clamp(understanding, 0.0, 1.0) * Math.Pow(FallbackFactor, Math.Min(fallbackStreak, 4));
        var match = Math.Clamp(matchConfidence ?? UnknownMatch, 0.0, 1.0);
        var closeness = Math.Pow(Math.Max(sentiment, Floor), SentimentWeight)
            * Math.Pow(Math.Max(understood, Floor), UnderstandingWeight)
            * Math.Pow(Math.Max(match, Floor), MatchWeight);
        return Math.Round(Math.Clamp(closeness, 0.0, 1.0), 4);
    }

    /// <summary>tanh of the reactions' decaying sum (newest weight 1, then <see cref="Decay"/>, …): in [-1, 1], 0 for none.</summary>
    public static double SentimentMomentum(IReadOnlyList<double> sentiments)
    {
        var sum = 0.0;
        var weight = 1.0;
        for (var i = sentiments.Count - 1; i >= 0; i--)
        {
            sum += weight * Math.Clamp(sentiments[i], -1.0, 1.0);
            weight *= Decay;
        }

        return Math.Tanh(sum);
    }
}
