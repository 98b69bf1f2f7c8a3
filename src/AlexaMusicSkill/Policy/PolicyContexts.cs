using AlexaMusicSkill.Feedback;
using AlexaMusicSkill.Music.Matching;

namespace AlexaMusicSkill.Policy;

/// <summary>
/// The context a decision is made and logged in: what the query knows, what the pool still holds, and the goal
/// closeness at this decision. Numbers are rounded as logged, so features rebuilt from a record match the live ones.
/// </summary>
internal static class PolicyContexts
{
    public static PolicyContext For(DecisionQuery decision, Pool pool, Relaxation relaxed, double match) => new()
    {
        Turn = decision.Turn,
        Mood = decision.Taste.Mood,
        Genre = decision.Taste.Genre,
        Era = decision.Taste.Era,
        Artist = decision.Taste.ArtistId,
        Activity = decision.Taste.Activity,
        SeedTrack = decision.Taste.SeedTrackId,
        AskedOpen = decision.AskedOpen,
        AskedMood = decision.AskedMood,
        AskedGenre = decision.AskedGenre,
        AskedEra = decision.AskedEra,
        SamplesOffered = decision.SamplesOffered,
        ArtistsOffered = decision.ArtistsOffered,
        StationsOffered = decision.StationsOffered,
        Rejections = decision.Rejections,
        LastAct = decision.Trigger.ToString(),
        Understanding = Math.Round(decision.Understanding, 4),
        FallbackStreak = decision.FallbackStreak,
        PoolSize = pool.Size,
        PoolGenreEntropy = Math.Round(pool.GenreEntropy(), 4),
        PoolLaidBackShare = Math.Round(pool.MoodShare(0), 4),
        PoolUpbeatShare = Math.Round(pool.MoodShare(2), 4),
        Relaxed = (int)relaxed,
        Sentiment = decision.Sentiments.Count > 0 ? decision.Sentiments[^1] : null,
        Closeness = GoalCloseness.Estimate(decision.Sentiments, decision.Understanding, decision.FallbackStreak, match),
    };
}
