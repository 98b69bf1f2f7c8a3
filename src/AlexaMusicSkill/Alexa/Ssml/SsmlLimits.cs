namespace AlexaMusicSkill.Alexa.Ssml;

/// <summary>Alexa's SSML limits, as <c>contracts.md</c> fixes them.</summary>
public static class SsmlLimits
{
    public const int MaxCharacters = 8000;
    public const int MaxAudioTags = 5;
    public static readonly TimeSpan MaxAudioDuration = TimeSpan.FromSeconds(240);
    public static readonly TimeSpan MaxBreak = TimeSpan.FromSeconds(10);
}
