namespace AlexaMusicSkill.Offline.Reports.Promotion;

/// <summary>Completed conversations of one arm and how many of them succeeded.</summary>
public readonly record struct ArmCounts(int Successes, int Conversations)
{
    public double Rate => Conversations == 0 ? double.NaN : (double)Successes / Conversations;

    /// <summary>Bernoulli variance with one success and one failure added, so an arm at 0% or 100% still has spread.</summary>
    public double SmoothedVariance
    {
        get
        {
            var p = (Successes + 1.0) / (Conversations + 2.0);
            return p * (1 - p);
        }
    }
}
