using AlexaMusicSkill.Offline.Experiments;
using AlexaMusicSkill.Offline.Experiments.Interim;

namespace AlexaMusicSkill.Offline.Tests.Experiments;

/// <summary>
/// A candidate made 3% worse than production by construction loses the A/B and is refused by the gate; one made 8%
/// better passes the gate in at least 80% of seeds (research target b3: power ≥ 80% at 50k turns, type I ≤ 5%).
/// The gate parts are pending until the <c>ope</c> branch's gate is in main (set MUSICSKILL_TEST_INTERIM_GATE=1 to
/// run them against the interim gate meanwhile).
/// </summary>
public sealed class DeploymentGateTests
{
    private const int Turns = 50_000;
    private const int Seeds = 20;

    [Fact]
    public void AbTest_CandidateThreePercentWorse_Loses()
    {
        var (difference, halfWidth) = ConstructedPolicies.OnPolicy(Turns, -0.03, seed: 3);
        Assert.True(difference + halfWidth < 0, $"difference {difference:F4} ± {halfWidth:F4} should be below zero");
    }

    [Fact]
    public void AbTest_CandidateEightPercentBetter_Wins()
    {
        var (difference, halfWidth) = ConstructedPolicies.OnPolicy(Turns, 0.08, seed: 4);
        Assert.True(difference - halfWidth > 0, $"difference {difference:F4} ± {halfWidth:F4} should be above zero");
    }

    [Fact]
    public void Gate_CandidateThreePercentWorse_IsRefused()
    {
        var gate = GateUnderTest();
        var shipped = Enumerable.Range(0, Seeds).Count(seed =>
            gate.Decide(ConstructedPolicies.Log(Turns, -0.03, (ulong)(100 + seed)), ConstructedPolicies.Candidate, ConstructedPolicies.Production, ConstructedPolicies.RewardModel).Ship);
        Assert.True(shipped <= 1, $"a worse candidate shipped in {shipped} of {Seeds} seeds (type I must stay ≤ 5%)");
    }

    [Fact]
    public void Gate_CandidateEightPercentBetter_PassesInEightyPercentOfSeeds()
    {
        var gate = GateUnderTest();
        var shipped = Enumerable.Range(0, Seeds).Count(seed =>
            gate.Decide(ConstructedPolicies.Log(Turns, 0.08, (ulong)(200 + seed)), ConstructedPolicies.Candidate, ConstructedPolicies.Production, ConstructedPolicies.RewardModel).Ship);
        Assert.True(shipped >= 0.8 * Seeds, $"a truly better candidate passed in only {shipped} of {Seeds} seeds");
    }

    [Fact]
    public void Gate_SameAsProduction_IsRefused()
    {
        var gate = GateUnderTest();
        var decision = gate.Decide(ConstructedPolicies.Log(Turns, 0, 7), ConstructedPolicies.Production, ConstructedPolicies.Production, ConstructedPolicies.RewardModel);
        Assert.False(decision.Ship, decision.Reason);
    }

    private static IDeploymentGate GateUnderTest()
    {
        // TODO(ope): return the ope branch's gate here once it is in main, and drop the skip.
        if (Environment.GetEnvironmentVariable("MUSICSKILL_TEST_INTERIM_GATE") == "1")
        {
            return new InterimGate();
        }

        Assert.Skip("Pending: the deployment gate from the ope branch is not in main yet (MUSICSKILL_TEST_INTERIM_GATE=1 runs the interim gate).");
        return null!;
    }
}
