using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Reports.Promotion;

/// <summary>
/// The two-sided normal-mixture confidence sequence for a difference of means (Robbins 1970; in A/B form the mixture
/// SPRT of Johari, Koomen, Pekelis and Walsh 2017; Howard et al. 2021). With D̂ the estimated difference and V its
/// variance at the current look, mixing the likelihood ratio of drift θ over θ ~ N(0, τ²) gives the martingale
/// M = sqrt(V / (V + τ²)) · exp(τ² (D̂ − D)² / (2 V (V + τ²))), and Ville's inequality P(sup M ≥ 1/α) ≤ α gives, for every
/// look at once,
///     D ∈ D̂ ± sqrt( V (V + τ²) / τ² · ( ln((V + τ²) / V) − 2 ln α ) ).
/// Exact for Gaussian increments with known variance; with the plug-in variance of success rates it is an asymptotic
/// confidence sequence (Waudby-Smith et al. 2021), checked by simulation in the tests.
/// </summary>
public static class ConfidenceSequence
{
    public static double HalfWidth(double variance, double tau, double alpha)
    {
        if (variance <= 0 || double.IsNaN(variance))
        {
            return double.PositiveInfinity;
        }

        var t2 = tau * tau;
        return Math.Sqrt(variance * (variance + t2) / t2 * (Math.Log((variance + t2) / variance) - 2 * Math.Log(alpha)));
    }

    /// <summary>V of the difference of two arms' rates: σ²_c / n_c + σ²_p / n_p.</summary>
    public static double Variance(ArmCounts candidate, ArmCounts production) =>
        candidate.SmoothedVariance / candidate.Conversations + production.SmoothedVariance / production.Conversations;

    /// <summary>
    /// The smallest total number of completed conversations at which, if the true difference were <paramref name="distance"/>
    /// away from the decision boundary, the sequence would exclude the boundary with probability <paramref name="power"/>
    /// (normal approximation: distance ≥ halfWidth(V(N)) + z_power · sqrt(V(N))); null when it cannot (distance 0).
    /// </summary>
    public static long? ConversationsNeeded(double distance, double varianceCandidate, double varianceProduction, double candidateShare, double tau, double alpha, double power)
    {
        distance = Math.Abs(distance);
        if (distance < 1e-9 || candidateShare is <= 0 or >= 1)
        {
            return null;
        }

        var z = Normal.Quantile(power);
        bool Enough(long n)
        {
            var v = varianceCandidate / (candidateShare * n) + varianceProduction / ((1 - candidateShare) * n);
            return distance >= HalfWidth(v, tau, alpha) + z * Math.Sqrt(v);
        }

        long high = 2;
        while (!Enough(high))
        {
            if (high > 1L << 40)
            {
                return null;
            }

            high *= 2;
        }

        var low = high / 2;
        while (high - low > 1)
        {
            var mid = low + (high - low) / 2;
            if (Enough(mid))
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return high;
    }
}
