namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>The wire discriminators, in one place.</summary>
public static class RequestTypes
{
    public const string Unknown = "Unknown";
    public const string Launch = "LaunchRequest";
    public const string Intent = "IntentRequest";
    public const string SessionEnded = "SessionEndedRequest";
    public const string CanFulfillIntent = "CanFulfillIntentRequest";
    public const string SessionResumed = "SessionResumedRequest";
    public const string PlaybackStarted = "AudioPlayer.PlaybackStarted";
    public const string PlaybackFinished = "AudioPlayer.PlaybackFinished";
    public const string PlaybackStopped = "AudioPlayer.PlaybackStopped";
    public const string PlaybackNearlyFinished = "AudioPlayer.PlaybackNearlyFinished";
    public const string PlaybackFailed = "AudioPlayer.PlaybackFailed";
    public const string PlayCommandIssued = "PlaybackController.PlayCommandIssued";
    public const string PauseCommandIssued = "PlaybackController.PauseCommandIssued";
    public const string NextCommandIssued = "PlaybackController.NextCommandIssued";
    public const string PreviousCommandIssued = "PlaybackController.PreviousCommandIssued";
    public const string ExceptionEncountered = "System.ExceptionEncountered";
    public const string SkillEnabled = "AlexaSkillEvent.SkillEnabled";
    public const string SkillDisabled = "AlexaSkillEvent.SkillDisabled";
}
