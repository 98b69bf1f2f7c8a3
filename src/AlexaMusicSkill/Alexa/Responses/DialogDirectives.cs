using AlexaMusicSkill.Alexa.Requests;

namespace AlexaMusicSkill.Alexa.Responses;

/// <summary>Dialog.* directives are modelled for completeness; our policy asks every question itself and never delegates.</summary>
public abstract class DialogDirective : Directive
{
    public Intent? UpdatedIntent { get; set; }
}

public sealed class DialogDelegateDirective : DialogDirective
{
    private protected override string WireType => DirectiveTypes.DialogDelegate;
}

public sealed class DialogElicitSlotDirective : DialogDirective
{
    public string SlotToElicit { get; set; } = string.Empty;

    private protected override string WireType => DirectiveTypes.DialogElicitSlot;
}

public sealed class DialogConfirmSlotDirective : DialogDirective
{
    public string SlotToConfirm { get; set; } = string.Empty;

    private protected override string WireType => DirectiveTypes.DialogConfirmSlot;
}

public sealed class DialogConfirmIntentDirective : DialogDirective
{
    private protected override string WireType => DirectiveTypes.DialogConfirmIntent;
}

public sealed class DialogUpdateDynamicEntitiesDirective : Directive
{
    /// <summary>REPLACE or CLEAR.</summary>
    public string UpdateBehavior { get; set; } = "REPLACE";

    public List<DynamicEntityType>? Types { get; set; }

    private protected override string WireType => DirectiveTypes.DialogUpdateDynamicEntities;
}

public sealed class DynamicEntityType
{
    public string Name { get; set; } = string.Empty;

    public List<DynamicEntityValue> Values { get; set; } = [];
}

public sealed class DynamicEntityValue
{
    public string Id { get; set; } = string.Empty;

    public DynamicEntityName Name { get; set; } = new();
}

public sealed class DynamicEntityName
{
    public string Value { get; set; } = string.Empty;

    public List<string>? Synonyms { get; set; }
}
