using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Tests.Statistics;

public sealed class ProportionsTests
{
    [Fact]
    public void NewcombeDifference_MatchesNewcombesPublishedExample()
    {
        // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 − 48/80 = 0.2000, method 10: [0.0524, 0.3339].
        var difference = Proportions.NewcombeDifference(56, 70, 48, 80);

        Assert.Equal(0.2, difference.Value, 12);
        Assert.Equal(0.0524, difference.Lower, 4);
        Assert.Equal(0.3339, difference.Upper, 4);
        Assert.Equal(1.959963984540054, Normal.Quantile(0.975), 12);
        Assert.Equal(0.975, Normal.Cdf(1.959963984540054), 12);
    }

    [Fact]
    public void Wilson_NoTrials_HasNoValue()
    {
        Assert.False(Proportions.Wilson(0, 0).HasValue);
        Assert.False(Proportions.NewcombeDifference(1, 2, 0, 0).HasValue);
    }
}
