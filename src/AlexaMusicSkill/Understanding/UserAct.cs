namespace AlexaMusicSkill.Understanding;

/// <summary>What the listener did this turn, independent of the words they used.</summary>
public enum UserAct
{
    /// <summary>Opened the skill with no request.</summary>
    Launch,

    /// <summary>Asked for help finding music, possibly with attributes ("find me something upbeat").</summary>
    FindMusic,

    /// <summary>Took the lead with a direct request ("play some laid-back jazz from the fifties").</summary>
    PlayRequest,

    /// <summary>Answered with attributes (mood, genre, era, artist, activity).</summary>
    Answer,

    Yes,
    No,

    /// <summary>Reacted to a sample or suggestion in their own words ("love it", "hmm ok", "too slow").</summary>
    Feedback,

    SomethingElse,
    MoreLikeThis,
    StartOver,
    Help,
    Stop,
    Cancel,
    Fallback,
    ForgetMe,
    WhatsPlaying,
    Repeat,
    Pause,
    Resume,
    Next,
    Previous,
    LoopOn,
    LoopOff,
    ShuffleOn,
    ShuffleOff,
    NavigateHome,

    /// <summary>Alexa ended the session (silence, error or the user left).</summary>
    SessionEnded,
}
