namespace AlexaMusicSkill.Offline.Evaluation.Synthetic;

/// <summary>A policy of the synthetic world: a distribution over its seven actions for a context.</summary>
public interface ISyntheticPolicy
{
    string Name { get; }

    void Distribution(in SyntheticContext x, Span<double> probabilities);
}
