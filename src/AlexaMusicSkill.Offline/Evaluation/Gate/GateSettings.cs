namespace AlexaMusicSkill.Offline.Evaluation.Gate;

/// <summary>
/// The deployment gate's thresholds: the lift the lower bound must clear (relative to production's per-conversation
/// DR value; 0 asks for "better at the stated confidence", raise it to demand a meaningful lift, at the cost of
/// power), its one-sided confidence, how many candidates were tried (Bonferroni: δ = (1 − confidence) / tried), the
/// least effective sample size, and how much worse turns to success may be (relative).
/// </summary>
public sealed record GateSettings
{
    public GateSettings(
        double minimumRelativeLift = 0,
        double confidence = 0.95,
        int candidatesTried = 1,
        double minimumEffectiveSampleSize = 1000,
        double turnsTolerance = 0.05)
    {
        if (!(minimumRelativeLift >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumRelativeLift), minimumRelativeLift, "minimumRelativeLift must be zero or positive.");
        }

        if (!(confidence is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in (0, 1).");
        }

        if (candidatesTried < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(candidatesTried), candidatesTried, "candidatesTried must be at least 1.");
        }

        if (!(minimumEffectiveSampleSize >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumEffectiveSampleSize), minimumEffectiveSampleSize, "minimumEffectiveSampleSize must be zero or positive.");
        }

        if (!(turnsTolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(turnsTolerance), turnsTolerance, "turnsTolerance must be zero or positive.");
        }

        MinimumRelativeLift = minimumRelativeLift;
        Confidence = confidence;
        CandidatesTried = candidatesTried;
        MinimumEffectiveSampleSize = minimumEffectiveSampleSize;
        TurnsTolerance = turnsTolerance;
    }

    public double MinimumRelativeLift { get; }

    public double Confidence { get; }

    public int CandidatesTried { get; }

    public double MinimumEffectiveSampleSize { get; }

    public double TurnsTolerance { get; }

    /// <summary>The bound's error probability after the Bonferroni correction.</summary>
    public double Delta => (1 - Confidence) / CandidatesTried;
}
