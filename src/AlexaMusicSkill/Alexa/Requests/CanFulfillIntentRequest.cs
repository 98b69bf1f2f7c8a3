namespace AlexaMusicSkill.Alexa.Requests;

/// <summary>Name-free discovery ("Alexa, help me find music"): answer YES, MAYBE or NO without side effects.</summary>
public sealed class CanFulfillIntentRequest : Request
{
    public string? DialogState { get; set; }

    public Intent? Intent { get; set; }

    private protected override string WireType => RequestTypes.CanFulfillIntent;
}
