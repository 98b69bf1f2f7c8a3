namespace AlexaMusicSkill.Alexa.Responses;

/// <summary>A response Alexa would reject; thrown by <see cref="ResponseBuilder.Build"/> with the rule that was broken.</summary>
public sealed class ResponseException(string message) : InvalidOperationException(message);
