using AlexaMusicSkill.Offline.Rewards;

namespace AlexaMusicSkill.Offline.Evaluation;

/// <summary>
/// A policy under evaluation, seen only through its probability for each logged candidate of a turn (summing to 1).
/// A deterministic policy puts 1 on its pick.
/// </summary>
public interface ITargetPolicy
{
    /// <summary>The name reports use.</summary>
    string Name { get; }

    /// <param name="probabilities">One slot per logged candidate, in the logged order.</param>
    void Distribution(TurnRow turn, Span<double> probabilities);
}
