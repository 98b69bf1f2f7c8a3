namespace AlexaMusicSkill.Alexa.Requests;

public sealed class IntentRequest : Request
{
    /// <summary>STARTED, IN_PROGRESS or COMPLETED; sent only with a dialog model, which we do not delegate to.</summary>
    public string? DialogState { get; set; }

    public Intent? Intent { get; set; }

    private protected override string WireType => RequestTypes.Intent;
}
