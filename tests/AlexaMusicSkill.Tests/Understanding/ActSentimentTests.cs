using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Understanding;

public sealed class ActSentimentTests
{
    [Theory]
    [InlineData(UserAct.Yes, 1)]
    [InlineData(UserAct.MoreLikeThis, 1)]
    [InlineData(UserAct.No, -1)]
    [InlineData(UserAct.SomethingElse, -1)]
    [InlineData(UserAct.Next, -1)]
    public void Of_YesNoAndSkips_CarryAMildSentiment(UserAct act, int sign)
    {
        var score = ActSentiment.Of(act);

        Assert.Equal(sign, Math.Sign(score.Value));
        Assert.InRange(Math.Abs(score.Value), 0.2, 0.5);
        Assert.Equal(SentimentIntensity.Low, score.Intensity);
        Assert.Equal(SentimentSource.Act, score.Source);
    }

    [Theory]
    [InlineData(UserAct.Answer)]
    [InlineData(UserAct.Help)]
    [InlineData(UserAct.Fallback)]
    public void Of_OtherActs_CarryNone(UserAct act)
    {
        Assert.False(ActSentiment.Of(act).IsKnown);
    }
}
