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

    /// <summary>The entity-resolution outcome of this one value (dynamic match preferred).</summary>
    public SlotResolution Resolve() => SlotResolution.From(Resolutions?.ResolutionsPerAuthority, Value);
}

public sealed class SlotValueList : SlotValue
{
    public List<SlotValue>? Values { get; set; }

    /// <summary>The simple values in order, with nested lists flattened.</summary>
    public IEnumerable<SimpleSlotValue> Flatten()
    {
        foreach (var value in Values ?? [])
        {
            switch (value)
            {
                case SimpleSlotValue simple:
                    yield return simple;
                    break;
                case SlotValueList nested:
                    foreach (var inner in nested.Flatten())
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
