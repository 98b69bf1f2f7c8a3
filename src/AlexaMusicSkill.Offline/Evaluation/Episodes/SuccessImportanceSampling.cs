namespace AlexaMusicSkill.Offline.Evaluation.Episodes;

/// <summary>Success rate by per-decision IS: V̂ = E_n[W S] (success arrives at the last decision, so it carries all of W).</summary>
public sealed class SuccessImportanceSampling : EpisodeEstimator
{
    public override string Name => "success IS";

    protected override (double Numerator, double Normaliser) Sample(Trajectory trajectory) =>
        (trajectory.Success ? trajectory.Weight : 0, 1);
}
