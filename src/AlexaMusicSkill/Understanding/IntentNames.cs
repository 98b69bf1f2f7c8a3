namespace AlexaMusicSkill.Understanding;

/// <summary>Intent and slot names of the interaction model.</summary>
public static class IntentNames
{
    public const string FindMusic = "FindMusicIntent";
    public const string PlayMusic = "PlayMusicIntent";
    public const string Answer = "AnswerIntent";
    public const string Feedback = "FeedbackIntent";
    public const string SomethingElse = "SomethingElseIntent";
    public const string MoreLikeThis = "MoreLikeThisIntent";
    public const string RestartSearch = "RestartSearchIntent";
    public const string ForgetMe = "ForgetMeIntent";
    public const string WhatsPlaying = "WhatsPlayingIntent";
}

public static class SlotNames
{
    public const string Mood = "mood";
    public const string Genre = "genre";
    public const string Era = "era";
    public const string Artist = "artist";
    public const string Activity = "activity";
    public const string Feedback = "feedback";
}

public static class SlotTypeNames
{
    public const string Mood = "MoodType";
    public const string Genre = "GenreType";
    public const string Era = "EraType";
    public const string Artist = "ArtistType";
    public const string Activity = "ActivityType";
    public const string Feedback = "FeedbackType";
}
