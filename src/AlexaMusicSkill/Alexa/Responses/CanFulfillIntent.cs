using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa.Responses;

public sealed class CanFulfillIntent
{
    public CanFulfillAnswer CanFulfill { get; set; }

    public Dictionary<string, CanFulfillSlot>? Slots { get; set; }
}

public sealed class CanFulfillSlot
{
    public CanFulfillAnswer CanUnderstand { get; set; }

    public CanFulfillAnswer CanFulfill { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<CanFulfillAnswer>))]
public enum CanFulfillAnswer
{
    [JsonStringEnumMemberName("NO")]
    No,

    [JsonStringEnumMemberName("MAYBE")]
    Maybe,

    [JsonStringEnumMemberName("YES")]
    Yes,
}
