using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Tests.TestDoubles;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Tests.Evaluation;

public sealed class EvaluationDataTests
{
    /// <summary>A greedy conversation: the logger gave ask_open probability 1 and ask_mood 0.</summary>
    private static readonly TurnRow Greedy = new("G", 0, false, 0, 1,
        [new CandidateRecord("ask_open", 1, 1, 0, null, [0.5f]), new CandidateRecord("ask_mood", 0, 0, 0, null, [0.5f])], 1);

    private static readonly ITargetPolicy Uniform = new FuncTarget("uniform", t => [.. t.Candidates.Select(_ => 1.0 / t.Candidates.Count)]);

    [Fact]
    public void Build_HandLog_ComputesWeightsAndRewardModelTerms()
    {
        var data = HandLog.Data;

        Assert.Equal([0.625, 2, 2.5, 4, 0.4], data.Weight.ToArray());
        Assert.Equal([0, 0, 1, 2, 2], data.Group.ToArray());
        Assert.Equal([0.5, 0.6, 0.2, 0.3, 0.1], data.QChosen.ToArray());
        Assert.Equal([0.35, 0.6, 0.35, 0.3, 0.58], data.QTarget.ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal("hand", data.Policy);
    }

    [Fact]
    public void Build_GreedyConversation_IsLeftOutOfOffPolicyEstimates()
    {
        var log = HandLog.Log with { Turns = [.. HandLog.Log.Turns, Greedy] };

        var data = EvaluationData.Build(log, Uniform, HandLog.Model);

        Assert.Equal(5, data.Count);
        Assert.Equal(1, data.ExcludedTurns);
        Assert.True(WeightDiagnostics.Of(data).FullSupport);
    }

    [Fact]
    public void Build_GreedyConversationKept_FailsTheSupportCheckNamingTheAction()
    {
        var log = new RewardedLog([Greedy], []);

        var diagnostics = WeightDiagnostics.Of(EvaluationData.Build(log, Uniform, HandLog.Model, exploringOnly: false));

        Assert.False(diagnostics.FullSupport);
        Assert.Equal(1, diagnostics.UnsupportedTurns);
        Assert.Equal(0.5, diagnostics.UnsupportedMass);
        Assert.Equal(["ask_mood"], diagnostics.UnsupportedActions);
    }

    [Fact]
    public void Build_TargetNotSummingToOne_ThrowsNamingThePolicy()
    {
        var broken = new FuncTarget("broken", _ => [0.5, 0.4]);

        var error = Assert.Throws<InvalidOperationException>(() => EvaluationData.Build(HandLog.Log, broken, HandLog.Model));
        Assert.Contains("broken", error.Message);
    }

    [Fact]
    public void Build_ZeroLoggedPropensity_Throws()
    {
        var log = new RewardedLog([Greedy with { Exploring = true, Propensity = 0 }], []);

        Assert.Throws<InvalidDataException>(() => EvaluationData.Build(log, Uniform, HandLog.Model));
    }

    [Fact]
    public void Diagnostics_HandLog_EffectiveSampleSizesAndLargestWeights()
    {
        var diagnostics = WeightDiagnostics.Of(HandLog.Data);

        // (Σw)²/Σw² = 9.525² / 26.800625; trajectories 5.35² / 10.3725
        Assert.Equal(3.385205568899979, diagnostics.EffectiveSampleSize, 12);
        Assert.Equal(4, diagnostics.MaxWeight);
        Assert.Equal(1.905, diagnostics.MeanWeight, 12);
        Assert.Equal(2.7594601108700885, diagnostics.EpisodeEffectiveSampleSize, 12);
        Assert.Equal(2.5, diagnostics.MaxTrajectoryWeight);
        Assert.Equal((5, 3, 3), (diagnostics.Turns, diagnostics.Conversations, diagnostics.CompleteConversations));
    }
}
