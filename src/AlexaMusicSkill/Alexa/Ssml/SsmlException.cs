namespace AlexaMusicSkill.Alexa.Ssml;

/// <summary>SSML that Alexa would reject (too much audio, a break over 10 s, stacked tone tags, too long).</summary>
public sealed class SsmlException(string message) : InvalidOperationException(message);
