using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa.Responses;

[JsonConverter(typeof(JsonStringEnumConverter<PlayBehavior>))]
public enum PlayBehavior
{
    /// <summary>Start now; drop the current stream and the queue.</summary>
    [JsonStringEnumMemberName("REPLACE_ALL")]
    ReplaceAll,

    /// <summary>Append to the queue; needs expectedPreviousToken.</summary>
    [JsonStringEnumMemberName("ENQUEUE")]
    Enqueue,

    /// <summary>Replace the queue, keep the current stream.</summary>
    [JsonStringEnumMemberName("REPLACE_ENQUEUED")]
    ReplaceEnqueued,
}

[JsonConverter(typeof(JsonStringEnumConverter<ClearBehavior>))]
public enum ClearBehavior
{
    /// <summary>Clear the queue, keep the current stream playing.</summary>
    [JsonStringEnumMemberName("CLEAR_ENQUEUED")]
    ClearEnqueued,

    /// <summary>Clear the queue and stop the current stream.</summary>
    [JsonStringEnumMemberName("CLEAR_ALL")]
    ClearAll,
}
