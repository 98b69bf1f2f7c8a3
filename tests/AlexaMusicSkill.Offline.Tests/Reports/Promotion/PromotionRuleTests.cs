using AlexaMusicSkill.Offline.Reports.Promotion;

namespace AlexaMusicSkill.Offline.Tests.Reports.Promotion;

public sealed class PromotionRuleTests
{
    private static readonly PromotionRule Rule = new(new PromotionOptions());

    [Fact]
    public void Decide_ClearlyBetterCandidate_Promotes()
    {
        var decision = Rule.Decide(new ArmCounts(600, 1000), new ArmCounts(2000, 4000));

        Assert.Equal(PromotionVerdict.Promote, decision.Verdict);
        Assert.True(decision.Lower > 0, decision.Reason);
        Assert.Equal(0.1, decision.Difference, 12);
        Assert.Equal(10, decision.Verdict.ExitCode());
    }

    [Fact]
    public void Decide_ClearlyWorseCandidate_RollsBack()
    {
        var decision = Rule.Decide(new ArmCounts(400, 1000), new ArmCounts(2000, 4000));

        Assert.Equal(PromotionVerdict.RollBack, decision.Verdict);
        Assert.True(decision.Upper < 0, decision.Reason);
        Assert.Contains("worse", decision.Reason);
        Assert.Equal(12, decision.Verdict.ExitCode());
    }

    [Fact]
    public void Decide_SmallLeadOnFewConversations_KeepsRunningAndSaysHowManyMore()
    {
        var decision = Rule.Decide(new ArmCounts(110, 200), new ArmCounts(400, 800));

        Assert.Equal(PromotionVerdict.KeepRunning, decision.Verdict);
        Assert.Equal(11, decision.Verdict.ExitCode());
        Assert.True(decision.Lower < 0 && decision.Upper > 0);
        var more = Assert.NotNull(decision.MoreConversationsNeeded);

        // At the current effect (+5 points) and split, that many more conversations give the set power.
        var total = 1000 + more;
        var variance = 0.55 * 0.45 / (total / 5.0) + 0.5 * 0.5 / (total * 0.8);
        Assert.True(0.05 >= ConfidenceSequence.HalfWidth(variance, 0.05, 0.05) + AlexaMusicSkill.Offline.Statistics.Normal.Quantile(0.8) * Math.Sqrt(variance) - 0.002);
        Assert.InRange(more, 5_000, 20_000);
        Assert.True(decision.ReachableWithinHorizon);
    }

    [Fact]
    public void Decide_TooFewPerArm_KeepsRunningWithoutACall()
    {
        var decision = Rule.Decide(new ArmCounts(60, 60), new ArmCounts(10, 500));

        Assert.Equal(PromotionVerdict.KeepRunning, decision.Verdict);
        Assert.Equal(40, decision.MoreConversationsNeeded);
    }

    [Fact]
    public void Decide_UndecidedAtTheHorizon_RollsBack()
    {
        var rule = new PromotionRule(new PromotionOptions { MaxConversations = 2_000 });

        var decision = rule.Decide(new ArmCounts(201, 400), new ArmCounts(800, 1600));

        Assert.Equal(PromotionVerdict.RollBack, decision.Verdict);
        Assert.Contains("horizon", decision.Reason);
    }

    [Fact]
    public void Decide_WithMargin_PromotesANonInferiorCandidate()
    {
        var strict = Rule.Decide(new ArmCounts(2490, 5000), new ArmCounts(10_000, 20_000));
        var margin = new PromotionRule(new PromotionOptions { Margin = 0.03 }).Decide(new ArmCounts(2490, 5000), new ArmCounts(10_000, 20_000));

        Assert.Equal(PromotionVerdict.KeepRunning, strict.Verdict);
        Assert.Equal(PromotionVerdict.Promote, margin.Verdict);
    }

    [Fact]
    public void HalfWidth_MatchesTheFormula()
    {
        // V = 0.0004, τ = 0.05, α = 0.05: sqrt(V (V + τ²) / τ² · (ln((V + τ²) / V) − 2 ln α)).
        var expected = Math.Sqrt(0.0004 * 0.0029 / 0.0025 * (Math.Log(0.0029 / 0.0004) - 2 * Math.Log(0.05)));

        Assert.Equal(expected, ConfidenceSequence.HalfWidth(0.0004, 0.05, 0.05), 12);
        Assert.Equal(0.0608, ConfidenceSequence.HalfWidth(0.0004, 0.05, 0.05), 4);
    }

    [Fact]
    public void Options_OutOfRange_AreNamed()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PromotionRule(new PromotionOptions { Alpha = 0.7 }));

        Assert.Contains("Alpha", error.Message);
    }
}
