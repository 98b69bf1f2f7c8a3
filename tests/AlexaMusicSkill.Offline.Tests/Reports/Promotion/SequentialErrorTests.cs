using AlexaMusicSkill.Offline.Reports.Promotion;

namespace AlexaMusicSkill.Offline.Tests.Reports.Promotion;

/// <summary>
/// The promotion rule looked at again and again on growing logs. Simulated rollouts (fixed seed, fixed counts): 20% of
/// conversations in the candidate arm, a look every 250 completed conversations up to 20,000 (80 looks), the default
/// rule (α 0.05, τ 0.05, at least 100 per arm). A wrong call may happen in at most α of the runs however often one looks.
/// </summary>
public sealed class SequentialErrorTests
{
    private const int Runs = 400;
    private const int LookEvery = 250;
    private const int Horizon = 20_000;
    private const double Share = 0.2;

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.25)]
    public void RepeatedLooks_EqualArms_WrongCallsStayBelowAlpha(double successRate)
    {
        var (promoted, rolledBackAsWorse, _) = Simulate(successRate, successRate, new PromotionOptions { MaxConversations = Horizon }, seed: 20261125);

        var wrong = (promoted + rolledBackAsWorse) / (double)Runs;
        TestContext.Current.TestOutputHelper?.WriteLine($"p = {successRate}: promoted {promoted}, rolled back as worse {rolledBackAsWorse} of {Runs} ({wrong:P1})");
        Assert.True(wrong <= 0.05, $"wrong calls in {wrong:P1} of the runs");
    }

    [Fact]
    public void RepeatedLooks_CandidateWorseByTheMargin_IsPromotedAtMostAlphaOfTheTime()
    {
        var options = new PromotionOptions { Margin = 0.02, MaxConversations = Horizon };

        var (promoted, _, _) = Simulate(0.48, 0.50, options, seed: 7);

        TestContext.Current.TestOutputHelper?.WriteLine($"margin 0.02, candidate 2 points worse: promoted {promoted} of {Runs}");
        Assert.True(promoted / (double)Runs <= 0.05, $"promoted in {promoted} of {Runs} runs");
    }

    [Fact]
    public void RepeatedLooks_CandidateEightPercentBetter_IsPromotedWithinTheHorizon()
    {
        // The anchor's first A/B lift: +8% relative on a 50% success rate, 50,000 conversations at most.
        var options = new PromotionOptions { MaxConversations = 50_000 };

        var (promoted, rolledBack, _) = Simulate(0.54, 0.50, options, seed: 8, stoppedAt: out var stoppedAt);

        TestContext.Current.TestOutputHelper?.WriteLine($"+4 points on 50%: promoted {promoted} of {Runs}, median stop at {stoppedAt:N0} conversations");
        Assert.True(promoted / (double)Runs >= 0.8, $"promoted in {promoted} of {Runs} runs");
        Assert.Equal(0, rolledBack);
    }

    [Fact]
    public void RepeatedLooks_FixedSampleIntervalInstead_WouldBeWrongFarMoreOften()
    {
        // The contrast that motivates the sequence: calling on a plain 95% interval at every look.
        var random = new Random(99);
        var wrong = 0;
        for (var run = 0; run < Runs; run++)
        {
            var (xc, nc, xp, np) = (0, 0, 0, 0);
            for (var i = 1; i <= Horizon; i++)
            {
                Draw(random, 0.5, 0.5, ref xc, ref nc, ref xp, ref np);
                if (i % LookEvery == 0 && nc >= 100 && np >= 100)
                {
                    var c = new ArmCounts(xc, nc);
                    var p = new ArmCounts(xp, np);
                    var half = 1.959964 * Math.Sqrt(ConfidenceSequence.Variance(c, p));
                    if (Math.Abs(c.Rate - p.Rate) > half)
                    {
                        wrong++;
                        break;
                    }
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"fixed-sample 95% interval at 80 looks: wrong in {wrong} of {Runs}");
        Assert.True(wrong / (double)Runs > 0.15);
    }

    /// <summary>Runs rollouts to their first call; returns how many ended promoted, rolled back as worse, or undecided.</summary>
    internal static (int Promoted, int RolledBackAsWorse, int Undecided) Simulate(double candidateRate, double productionRate, PromotionOptions options, int seed) =>
        Simulate(candidateRate, productionRate, options, seed, out _);

    /// <param name="stoppedAt">The median number of conversations at the first call (runs without one count at the horizon).</param>
    internal static (int Promoted, int RolledBackAsWorse, int Undecided) Simulate(double candidateRate, double productionRate, PromotionOptions options, int seed, out int stoppedAt)
    {
        var stops = new List<int>(Runs);
        var rule = new PromotionRule(options);
        var random = new Random(seed);
        var (promoted, worse, undecided) = (0, 0, 0);
        for (var run = 0; run < Runs; run++)
        {
            var (xc, nc, xp, np) = (0, 0, 0, 0);
            var called = false;
            for (var i = 1; i <= options.MaxConversations && !called; i++)
            {
                Draw(random, candidateRate, productionRate, ref xc, ref nc, ref xp, ref np);
                if (i % LookEvery != 0 || i == options.MaxConversations)
                {
                    continue;
                }

                var decision = rule.Decide(new ArmCounts(xc, nc), new ArmCounts(xp, np));
                if (decision.Verdict == PromotionVerdict.Promote)
                {
                    promoted++;
                    called = true;
                }
                else if (decision.Verdict == PromotionVerdict.RollBack)
                {
                    worse++;
                    called = true;
                }

                if (called)
                {
                    stops.Add(i);
                }
            }

            undecided += called ? 0 : 1;
            if (!called)
            {
                stops.Add(options.MaxConversations);
            }
        }

        stops.Sort();
        stoppedAt = stops[stops.Count / 2];
        return (promoted, worse, undecided);
    }

    private static void Draw(Random random, double candidateRate, double productionRate, ref int xc, ref int nc, ref int xp, ref int np)
    {
        if (random.NextDouble() < Share)
        {
            nc++;
            xc += random.NextDouble() < candidateRate ? 1 : 0;
        }
        else
        {
            np++;
            xp += random.NextDouble() < productionRate ? 1 : 0;
        }
    }
}
