using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Tests.Statistics;

public sealed class EmpiricalBernsteinTests
{
    [Fact]
    public void LowerBound_SmallSample_MatchesTheFormulaByHand()
    {
        // mean 0.5, sample variance 1/3, range 1, n 4, ln(2/0.1) = 2.99573:
        // 0.5 − √(2 · (1/3) · 2.99573 / 4) − 7 · 1 · 2.99573 / (3 · 3)
        Assert.Equal(-2.5366176363428043, EmpiricalBernstein.LowerBound([0, 1, 1, 0], 0.1), 12);
        Assert.Equal(-1.3007156766361025, EmpiricalBernstein.LowerBound([0.2, 0.5, 0.9, 0.4, 0.6], 0.05), 12);
    }

    [Fact]
    public void LowerBound_ConstantSample_IsTheMean() =>
        Assert.Equal(0.3, EmpiricalBernstein.LowerBound([0.3, 0.3, 0.3], 0.05), 12);

    [Fact]
    public void LowerBound_FewerThanTwoSamples_IsMinusInfinity() =>
        Assert.Equal(double.NegativeInfinity, EmpiricalBernstein.LowerBound([1.0], 0.05));

    [Fact]
    public void LowerBound_MoreSamples_TightensTowardsTheMean()
    {
        var small = Enumerable.Range(0, 100).Select(i => (double)(i % 2)).ToArray();
        var large = Enumerable.Range(0, 10_000).Select(i => (double)(i % 2)).ToArray();

        Assert.True(EmpiricalBernstein.LowerBound(small, 0.05) < EmpiricalBernstein.LowerBound(large, 0.05));
        Assert.InRange(EmpiricalBernstein.LowerBound(large, 0.05), 0.45, 0.5);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void LowerBound_DeltaOutsideTheUnitInterval_ThrowsNamingDelta(double delta) =>
        Assert.Equal("delta", Assert.Throws<ArgumentOutOfRangeException>(() => EmpiricalBernstein.LowerBound([0.0, 1.0], delta)).ParamName);
}
