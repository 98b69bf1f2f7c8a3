using AlexaMusicSkill.Policy;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Dialogue;

/// <summary>The decision query for the dialogue's current state, the listener's profile and the input that triggered it.</summary>
public static class DecisionQueries
{
    public static DecisionQuery For(DialogueState state, UserProfile profile, UserMeaning trigger) => new()
    {
        Turn = state.Turn,
        Taste = state.Taste,
        Trigger = trigger.Act,
        AskedOpen = state.Asked.Open,
        AskedMood = state.Asked.Mood,
        AskedGenre = state.Asked.Genre,
        AskedEra = state.Asked.Era,
        SamplesOffered = state.SamplesOffered,
        ArtistsOffered = state.ArtistsOffered,
        StationsOffered = state.StationsOffered,
        Rejections = state.Rejections,
        Offered = state.Offered,
        Rejected = state.Rejected,
        RejectedBefore = profile.Rejected,
        Liked = profile.Liked,
        Played = profile.Played,
        Understanding = state.Understanding,
        FallbackStreak = state.FallbackStreak,
        Sentiments = state.Sentiments,
    };
}
