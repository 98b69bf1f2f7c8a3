using AlexaMusicSkill.Alexa.Requests;

namespace AlexaMusicSkill.Alexa.Responses;

/// <summary>What a response may contain depends on the request it answers.</summary>
public enum ResponseKind
{
    /// <summary>Launch and intent requests: speech, reprompt, card, AudioPlayer and Dialog directives.</summary>
    Conversation,

    /// <summary>CanFulfillIntentRequest: only the canFulfillIntent answer.</summary>
    CanFulfill,

    /// <summary>PlaybackStarted and PlaybackFinished: Stop or ClearQueue only.</summary>
    PlayerStopOrClear,

    /// <summary>PlaybackNearlyFinished, PlaybackFailed and PlaybackController.*: AudioPlayer directives only.</summary>
    PlayerDirectives,

    /// <summary>PlaybackStopped, SessionEnded, System.ExceptionEncountered, skill events: the empty envelope.</summary>
    NoContent,
}

public static class ResponseKinds
{
    public static ResponseKind For(Request request) => request switch
    {
        LaunchRequest or IntentRequest => ResponseKind.Conversation,
        CanFulfillIntentRequest => ResponseKind.CanFulfill,
        PlaybackStartedRequest or PlaybackFinishedRequest => ResponseKind.PlayerStopOrClear,
        PlaybackNearlyFinishedRequest or PlaybackFailedRequest or PlaybackControllerRequest => ResponseKind.PlayerDirectives,
        _ => ResponseKind.NoContent,
    };
}
