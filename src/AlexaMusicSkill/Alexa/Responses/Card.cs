using System.Text.Json.Serialization;

namespace AlexaMusicSkill.Alexa.Responses;

/// <summary>Simple (title + content) or Standard (title + text + image) card.</summary>
public sealed class Card
{
    public const string SimpleType = "Simple";
    public const string StandardType = "Standard";

    public string Type { get; set; } = SimpleType;

    public string? Title { get; set; }

    public string? Content { get; set; }

    public string? Text { get; set; }

    public CardImage? Image { get; set; }

    /// <summary>The characters Alexa counts against its 8,000 card limit.</summary>
    [JsonIgnore]
    public int Length =>
        (Title?.Length ?? 0) + (Content?.Length ?? 0) + (Text?.Length ?? 0)
        + (Image?.SmallImageUrl?.Length ?? 0) + (Image?.LargeImageUrl?.Length ?? 0);
}

public sealed class CardImage
{
    public string? SmallImageUrl { get; set; }

    public string? LargeImageUrl { get; set; }
}
