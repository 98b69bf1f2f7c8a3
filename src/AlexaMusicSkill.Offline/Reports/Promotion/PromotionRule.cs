using System.Globalization;

namespace AlexaMusicSkill.Offline.Reports.Promotion;

/// <summary>
/// Promote, keep running or roll back a staged rollout from the online success rates of its two arms. Because it is
/// re-run on growing logs, it decides on the always-valid <see cref="ConfidenceSequence"/> (not on a fixed-sample
/// interval, whose error grows with every look): with D = candidate − production success rate and CS = [L, U],
/// promote when L &gt; −margin, roll back when U &lt; −margin, otherwise keep running, and roll back once the horizon
/// passes undecided. Whatever the number of looks, a call the truth contradicts has probability ≤ α.
/// </summary>
public sealed class PromotionRule(PromotionOptions options)
{
    private readonly PromotionOptions _options = options.Validated();

    public PromotionDecision Decide(ArmCounts candidate, ArmCounts production)
    {
        var min = _options.MinConversationsPerArm;
        var total = candidate.Conversations + production.Conversations;
        if (candidate.Conversations < min || production.Conversations < min)
        {
            var missing = Math.Max(0, min - candidate.Conversations) + Math.Max(0, min - production.Conversations);
            return new PromotionDecision
            {
                Verdict = total >= _options.MaxConversations ? PromotionVerdict.RollBack : PromotionVerdict.KeepRunning,
                Reason = total >= _options.MaxConversations
                    ? $"The horizon of {_options.MaxConversations:N0} conversations passed before each arm had {min}."
                    : $"Each arm needs {min} completed conversations before any call (candidate {candidate.Conversations}, production {production.Conversations}).",
                Candidate = candidate,
                Production = production,
                Lower = double.NegativeInfinity,
                Upper = double.PositiveInfinity,
                MoreConversationsNeeded = missing,
                Options = _options,
            };
        }

        var difference = candidate.Rate - production.Rate;
        var half = ConfidenceSequence.HalfWidth(ConfidenceSequence.Variance(candidate, production), _options.Tau, _options.Alpha);
        var (lower, upper) = (difference - half, difference + half);
        var boundary = -_options.Margin;
        var bounds = $"candidate − production = {Points(difference)} points, {Percent(1 - _options.Alpha)} confidence sequence [{Points(lower)}, {Points(upper)}]";

        if (lower > boundary)
        {
            return Decision(PromotionVerdict.Promote, $"{bounds} lies above {Points(boundary)}.");
        }

        if (upper < boundary)
        {
            return Decision(PromotionVerdict.RollBack, $"{bounds} lies below {Points(boundary)}: the candidate is worse.");
        }

        if (total >= _options.MaxConversations)
        {
            return Decision(PromotionVerdict.RollBack, $"{bounds} still covers {Points(boundary)} after the horizon of {_options.MaxConversations:N0} conversations.");
        }

        var share = (double)candidate.Conversations / total;
        var needed = ConfidenceSequence.ConversationsNeeded(
            difference - boundary, candidate.SmoothedVariance, production.SmoothedVariance, share, _options.Tau, _options.Alpha, _options.Power);
        var more = needed is { } n ? Math.Max(1, n - total) : (long?)null;
        var reachable = needed is { } m && m <= _options.MaxConversations;
        var outlook = more is { } k
            ? $"about {k:N0} more conversations for {Percent(_options.Power)} power at the current effect" + (reachable ? "." : $", beyond the horizon of {_options.MaxConversations:N0}.")
            : "no estimate: the current effect sits on the boundary.";
        return Decision(PromotionVerdict.KeepRunning, $"{bounds} covers {Points(boundary)}; {outlook}") with
        {
            MoreConversationsNeeded = more,
            ReachableWithinHorizon = reachable,
        };

        PromotionDecision Decision(PromotionVerdict verdict, string reason) => new()
        {
            Verdict = verdict,
            Reason = reason,
            Candidate = candidate,
            Production = production,
            Lower = lower,
            Upper = upper,
            Options = _options,
        };
    }

    internal static string Points(double difference) => (difference * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
