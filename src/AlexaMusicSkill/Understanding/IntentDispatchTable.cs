namespace AlexaMusicSkill.Understanding;

/// <summary>
/// The code's dispatch table: every intent the skill handles and the act it means. The interaction model must
/// declare exactly these intents (a test reads this table, not a hand-kept list).
/// </summary>
public static class IntentDispatchTable
{
    public static IReadOnlyDictionary<string, UserAct> Acts { get; } = new Dictionary<string, UserAct>(StringComparer.Ordinal)
    {
        [IntentNames.FindMusic] = UserAct.FindMusic,
        [IntentNames.PlayMusic] = UserAct.PlayRequest,
        [IntentNames.Answer] = UserAct.Answer,
        [IntentNames.Feedback] = UserAct.Feedback,
        [IntentNames.SomethingElse] = UserAct.SomethingElse,
        [IntentNames.MoreLikeThis] = UserAct.MoreLikeThis,
        [IntentNames.RestartSearch] = UserAct.StartOver,
        [IntentNames.ForgetMe] = UserAct.ForgetMe,
        [IntentNames.WhatsPlaying] = UserAct.WhatsPlaying,
        ["AMAZON.YesIntent"] = UserAct.Yes,
        ["AMAZON.NoIntent"] = UserAct.No,
        ["AMAZON.HelpIntent"] = UserAct.Help,
        ["AMAZON.StopIntent"] = UserAct.Stop,
        ["AMAZON.CancelIntent"] = UserAct.Cancel,
        ["AMAZON.FallbackIntent"] = UserAct.Fallback,
        ["AMAZON.NavigateHomeIntent"] = UserAct.NavigateHome,
        ["AMAZON.PauseIntent"] = UserAct.Pause,
        ["AMAZON.ResumeIntent"] = UserAct.Resume,
        ["AMAZON.NextIntent"] = UserAct.Next,
        ["AMAZON.PreviousIntent"] = UserAct.Previous,
        ["AMAZON.StartOverIntent"] = UserAct.StartOver,
        ["AMAZON.RepeatIntent"] = UserAct.Repeat,
        ["AMAZON.LoopOnIntent"] = UserAct.LoopOn,
        ["AMAZON.LoopOffIntent"] = UserAct.LoopOff,
        ["AMAZON.ShuffleOnIntent"] = UserAct.ShuffleOn,
        ["AMAZON.ShuffleOffIntent"] = UserAct.ShuffleOff,
    };

    /// <summary>Acts that also make sense with no conversation, while music plays (AudioPlayer's built-ins).</summary>
    public static bool IsPlaybackControl(UserAct act) => act is UserAct.Pause or UserAct.Resume or UserAct.Next
        or UserAct.Previous or UserAct.StartOver or UserAct.Repeat or UserAct.LoopOn or UserAct.LoopOff
        or UserAct.ShuffleOn or UserAct.ShuffleOff or UserAct.Cancel or UserAct.Stop or UserAct.WhatsPlaying
        or UserAct.Feedback or UserAct.Yes or UserAct.No;
}
