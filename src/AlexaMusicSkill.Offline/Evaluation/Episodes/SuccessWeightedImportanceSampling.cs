namespace AlexaMusicSkill.Offline.Evaluation.Episodes;

/// <summary>Success rate by weighted (self-normalised) IS: V̂ = Σ W S / Σ W. Biased, consistent, within [0, 1].</summary>
public sealed class SuccessWeightedImportanceSampling : EpisodeEstimator
{
    public override string Name => "success WIS";

    protected override (double Numerator, double Normaliser) Sample(Trajectory trajectory) =>
        (trajectory.Success ? trajectory.Weight : 0, trajectory.Weight);
}
