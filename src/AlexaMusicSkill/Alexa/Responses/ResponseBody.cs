namespace AlexaMusicSkill.Alexa.Responses;

public sealed class ResponseBody
{
    public OutputSpeech? OutputSpeech { get; set; }

    public Card? Card { get; set; }

    public Reprompt? Reprompt { get; set; }

    public List<Directive>? Directives { get; set; }

    /// <summary>Nullable on purpose: absent, true and false mean three different things to Alexa.</summary>
    public bool? ShouldEndSession { get; set; }

    public CanFulfillIntent? CanFulfillIntent { get; set; }
}
