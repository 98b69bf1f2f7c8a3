namespace AlexaMusicSkill.Cli.Nlu;

/// <summary>
/// What Alexa's built-in intents answer to without samples in our model (the model's own samples extend them).
/// Used only for the AMAZON.* intents the model declares. A superset of virtual-alexa's list.
/// </summary>
internal static class BuiltInIntentPhrases
{
    public static IReadOnlyDictionary<string, string[]> Phrases { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["AMAZON.YesIntent"] = ["yes", "yes please", "sure", "ok", "okay", "yes sure", "of course"],
        ["AMAZON.NoIntent"] = ["no", "no thanks", "no thank you", "nope", "not now", "no no"],
        ["AMAZON.StopIntent"] = ["stop", "off", "shut up", "stop it", "be quiet", "stop talking"],
        ["AMAZON.CancelIntent"] = ["cancel", "never mind", "cancel that", "cancel it"],
        ["AMAZON.HelpIntent"] = ["help", "help me", "help please", "what can i say", "what do i say"],
        ["AMAZON.NavigateHomeIntent"] = ["home", "go home", "go to home"],
        ["AMAZON.PauseIntent"] = ["pause", "pause that", "pause the music", "pause music", "pause it", "pause playback", "pause the song"],
        ["AMAZON.ResumeIntent"] = ["resume", "continue", "keep going", "resume playing", "resume the music", "resume music", "unpause", "continue playing", "keep playing"],
        ["AMAZON.NextIntent"] = ["next", "skip", "skip forward", "next song", "next track", "skip song", "skip this song", "play the next song"],
        ["AMAZON.PreviousIntent"] = ["previous", "go back", "skip back", "back up", "previous song", "previous track", "last song", "play the previous song"],
        ["AMAZON.StartOverIntent"] = ["start over", "restart", "restart the song", "start the song over", "play from the beginning"],
        ["AMAZON.RepeatIntent"] = ["repeat", "repeat that", "say that again", "repeat please", "pardon", "come again"],
        ["AMAZON.LoopOnIntent"] = ["loop", "loop on", "turn on loop", "keep repeating this song", "loop this", "loop this song"],
        ["AMAZON.LoopOffIntent"] = ["loop off", "turn off loop", "stop looping"],
        ["AMAZON.ShuffleOnIntent"] = ["shuffle", "shuffle on", "shuffle the music", "shuffle mode", "turn on shuffle"],
        ["AMAZON.ShuffleOffIntent"] = ["shuffle off", "stop shuffling", "turn off shuffle"],
    };
}
