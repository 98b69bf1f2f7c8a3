namespace AlexaMusicSkill.Alexa.Responses;

/// <summary>The response limits we hold ourselves to (<c>contracts.md</c>: the conservative 24 KB figure).</summary>
public static class ResponseLimits
{
    public const int MaxResponseBytes = 24 * 1024;
    public const int MaxSpeechCharacters = 8000;
    public const int MaxCardCharacters = 8000;
    public const int MaxCardImageUrlLength = 2000;
    public const int MaxTokenLength = 1024;
    public const int MaxStreamUrlLength = 8000;
}
