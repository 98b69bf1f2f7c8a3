namespace AlexaMusicSkill.Offline.Evaluation.Episodes;

/// <summary>Mean turns per conversation by per-decision IS: V̂ = E_n[Σ_{t&lt;T} w_{0:t−1}] (decision t is reached through a_0..a_{t−1}).</summary>
public sealed class TurnsPerDecisionImportanceSampling : EpisodeEstimator
{
    public override string Name => "turns PDIS";

    protected override (double Numerator, double Normaliser) Sample(Trajectory trajectory) => (trajectory.ReachedWeightSum, 1);
}
