using AlexaMusicSkill.Offline.Evaluation.Estimators;
using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Offline.Tests.TestDoubles;

namespace AlexaMusicSkill.Offline.Tests.Statistics;

public sealed class ClusterBootstrapTests
{
    [Fact]
    public void Interval_SameSeed_IsReproducibleAndTheSeedMatters()
    {
        var contributions = new DoublyRobust().Contribute(HandLog.Data);

        var first = ClusterBootstrap.Ratio(contributions.ListenerSums(), new BootstrapSettings(500, seed: 3));

        Assert.Equal(first, ClusterBootstrap.Ratio(contributions.ListenerSums(), new BootstrapSettings(500, seed: 3)));
        Assert.NotEqual(first, ClusterBootstrap.Ratio(new DoublyRobust().Contribute(HandLog.Data).ListenerSums(), new BootstrapSettings(500, seed: 4)));
        Assert.True(first.Lower <= contributions.Value && contributions.Value <= first.Upper);
    }

    [Fact]
    public void Interval_SelfNormalised_KeepsEveryResampleWithinTheRewardRange()
    {
        var (_, lower, upper) = ClusterBootstrap.Ratio(new SelfNormalizedInverseProbabilityWeighting().Contribute(HandLog.Data).ListenerSums(), new BootstrapSettings());

        Assert.InRange(lower, 0, 1);
        Assert.InRange(upper, lower, 1);
    }

    [Fact]
    public void Ratio_ConstantValues_IsThatValue()
    {
        var estimate = ClusterBootstrap.Ratio(ClusterSums.Of([(4.0, 1.0), (4.0, 1.0), (4.0, 1.0)]), new BootstrapSettings(100, seed: 1));

        Assert.Equal(new Interval(4, 4, 4), estimate);
        Assert.False(ClusterBootstrap.Ratio(ClusterSums.Of([]), new BootstrapSettings(100, 1)).HasValue);
    }

    [Fact]
    public void Ratio_ListenersWithSeveralSamples_ResamplesListenersNotSamples()
    {
        // Listener a: ten samples of 1, listener b: ten of 0. Resampling listeners can only give 1, 0.5 or 0.
        var sums = ClusterSums.MeanByKey([.. Enumerable.Repeat(("a", 1.0), 10), .. Enumerable.Repeat(("b", 0.0), 10)]);

        var interval = ClusterBootstrap.Ratio(sums, new BootstrapSettings(2000, seed: 1));

        Assert.Equal(2, sums.Count);
        Assert.Equal(new Interval(0.5, 0, 1), interval);
    }

    [Fact]
    public void PairedRelative_SameListenersInBothArms_CancelsWhatTheyShare()
    {
        // Listeners differ widely, but every one of them does exactly 10% better in the arm: the paired interval is a point.
        var baseline = ClusterSums.Of([(1, 10), (5, 10), (9, 10)]);
        var arm = ClusterSums.Of([(1.1, 10), (5.5, 10), (9.9, 10)]);

        var change = ClusterBootstrap.PairedRelative(arm, baseline, new BootstrapSettings(500, seed: 2));

        Assert.Equal(0.1, change.Value, 12);
        Assert.Equal(0.1, change.Lower, 12);
        Assert.Equal(0.1, change.Upper, 12);
        Assert.Throws<ArgumentException>(() => ClusterBootstrap.PairedRelative(arm, ClusterSums.Of([(1, 1)]), new BootstrapSettings()));
    }

    [Fact]
    public void Difference_IndependentArms_CoversTheDifferenceOfMeans()
    {
        var a = ClusterSums.MeanByKey([("a1", 3.0), ("a2", 4.0), ("a3", 5.0)]);
        var b = ClusterSums.MeanByKey([("b1", 1.0), ("b2", 2.0)]);

        var difference = ClusterBootstrap.Difference(a, b, new BootstrapSettings(1000, seed: 5));

        Assert.Equal(2.5, difference.Value, 12);
        Assert.InRange(difference.Lower, 1, 2.5);
        Assert.InRange(difference.Upper, 2.5, 4);
        Assert.False(ClusterBootstrap.Difference(a, ClusterSums.Of([]), new BootstrapSettings()).HasValue);
    }

    [Theory]
    [InlineData(0.25, 1.75)]
    [InlineData(0.5, 2.5)]
    [InlineData(1, 4)]
    public void Quantile_InterpolatesBetweenOrderStatistics(double q, double expected) =>
        Assert.Equal(expected, ClusterBootstrap.Quantile([1, 2, 3, 4], q), 12);

    [Fact]
    public void Settings_TooFewResamples_ThrowsNamingResamples() =>
        Assert.Equal("resamples", Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapSettings(resamples: 5)).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Settings_ConfidenceOutsideTheUnitInterval_ThrowsNamingConfidence(double confidence) =>
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapSettings(confidence: confidence)).ParamName);
}
