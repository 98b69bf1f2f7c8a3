using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>The <c>slotValue</c> object: a single value, or a list for multiple-value slots.</summary>
[JsonPolymorphic(
    TypeDiscriminatorPropertyName = "type",
    IgnoreUnrecognizedTypeDiscriminators = true,
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType)]
[JsonDerivedType(typeof(SimpleSlotValue), "Simple")]
[JsonDerivedType(typeof(SlotValueList), "List")]
public class SlotValue;

public sealed class SimpleSlotValue : SlotValue
{
    public string? Value { get; set; }

    public Resolutions? Resolutions { get; set; }
}

public sealed class SlotValueList : SlotValue
{
    public List<SlotValue>? Values { get; set; }
}
