using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa.Responses;

/// <summary>PlainText (<see cref="Text"/>) or SSML (<see cref="Ssml"/>) speech.</summary>
public sealed class OutputSpeech
{
    public const string PlainTextType = "PlainText";
    public const string SsmlType = "SSML";

    public string Type { get; set; } = SsmlType;

    public string? Text { get; set; }

    public string? Ssml { get; set; }

    public PlayBehavior? PlayBehavior { get; set; }

    /// <summary>The characters Alexa counts against its 8,000 limit.</summary>
    [JsonIgnore]
    public int Length => (Ssml ?? Text ?? string.Empty).Length;

    public static OutputSpeech FromSsml(string ssml) => new() { Type = SsmlType, Ssml = ssml };

    public static OutputSpeech FromText(string text) => new() { Type = PlainTextType, Text = text };
}

public sealed class Reprompt
{
    public OutputSpeech? OutputSpeech { get; set; }
}
