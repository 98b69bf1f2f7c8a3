namespace AlexaMusicSkill.Dialogue.Rendering;

/// <summary>
/// How a turn is said: the phrasing family that opens it (none when null), the tone on that opening, and the family
/// that introduces a sample. Chosen by <see cref="ToneRules"/> from what the listener did and how close we are.
/// </summary>
public sealed record Delivery(string? Opening, Tone Tone, string SampleIntro = Delivery.DefaultSampleIntro)
{
    public const string DefaultSampleIntro = "sample_intro";

    public static Delivery Plain { get; } = new(null, Tone.Neutral);
}
