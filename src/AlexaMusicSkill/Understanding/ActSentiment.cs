using AlexaMusicSkill.Feedback;

namespace AlexaMusicSkill.Understanding;

/// <summary>The mild sentiment an act carries without words ("yes" to a sample is warm, "something else" cool).</summary>
public static class ActSentiment
{
    /// <summary>The sentiment of the act when it answers something we offered; unknown for acts that carry none.</summary>
    public static SentimentScore Of(UserAct act) => act switch
    {
        UserAct.Yes => new SentimentScore(0.4, SentimentIntensity.Low, ConstraintShift.None, SentimentSource.Act),
        UserAct.MoreLikeThis => new SentimentScore(0.5, SentimentIntensity.Low, ConstraintShift.None, SentimentSource.Act),
        UserAct.No => new SentimentScore(-0.4, SentimentIntensity.Low, ConstraintShift.None, SentimentSource.Act),
        UserAct.SomethingElse or UserAct.Next => new SentimentScore(-0.3, SentimentIntensity.Low, ConstraintShift.None, SentimentSource.Act),
        _ => SentimentScore.Unknown,
    };
}
