using AlexaMusicSkill.Offline.Evaluation.Synthetic;
using AlexaMusicSkill.Policy.Model;

namespace AlexaMusicSkill.Offline.Tests.Evaluation.Synthetic;

/// <summary>
/// The synthetic ground truth the statistical tests share, built once: 500,000 logged contexts (seed 424242) for
/// per-turn truths, production's rule, a candidate truly 8% better and one truly 3% worse per turn, the optimum, and
/// the misspecified linear q̂ fitted on an independent 50,000-turn log (seed 100000).
/// </summary>
internal sealed class SyntheticScenario
{
    private static readonly Lazy<SyntheticScenario> Shared = new(() => new SyntheticScenario());

    private SyntheticScenario()
    {
        Truth = SyntheticTruth.Sample();
        Production = SyntheticPolicies.Production;
        ProductionValue = Truth.PerTurnValue(Production);
        (Better, BetterValue) = Truth.Candidate(0.08, "candidate +8%");
        (Worse, WorseValue) = Truth.Candidate(-0.03, "candidate -3%");
        Optimal = SyntheticPolicies.Optimal;
        OptimalValue = Truth.PerTurnValue(Optimal);
        Model = SyntheticWorld.MisspecifiedRewardModel(SyntheticLogGenerator.Generate(new SyntheticLogSettings(50_000, seed: 100_000)));
    }

    public static SyntheticScenario Instance => Shared.Value;

    public SyntheticTruth Truth { get; }

    public ISyntheticPolicy Production { get; }

    public double ProductionValue { get; }

    public ISyntheticPolicy Better { get; }

    public double BetterValue { get; }

    public ISyntheticPolicy Worse { get; }

    public double WorseValue { get; }

    public ISyntheticPolicy Optimal { get; }

    public double OptimalValue { get; }

    public IRewardModel Model { get; }

    /// <summary>The true per-conversation difference the gate bounds: per-turn difference × turns per logged conversation.</summary>
    public double PerConversationDifference(double candidateValue) => (candidateValue - ProductionValue) * Truth.TurnsPerConversation;
}
