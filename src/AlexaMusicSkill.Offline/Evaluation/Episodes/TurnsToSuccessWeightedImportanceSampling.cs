namespace AlexaMusicSkill.Offline.Evaluation.Episodes;

/// <summary>Mean turns of successful conversations by weighted IS: V̂ = Σ W T S / Σ W S (E[T S] / E[S] under π_e).</summary>
public sealed class TurnsToSuccessWeightedImportanceSampling : EpisodeEstimator
{
    public override string Name => "turns to success WIS";

    protected override (double Numerator, double Normaliser) Sample(Trajectory trajectory) =>
        trajectory.Success ? (trajectory.Weight * trajectory.Turns, trajectory.Weight) : (0, 0);
}
