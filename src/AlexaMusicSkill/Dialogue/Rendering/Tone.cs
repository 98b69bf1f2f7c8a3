using AlexaMusicSkill.Alexa.Ssml;

namespace AlexaMusicSkill.Dialogue.Rendering;

/// <summary>
/// How a turn should sound: an optional <c>amazon:emotion</c> (low or medium in practice, see <see cref="ToneRules"/>)
/// on the opening sentence. Sentences about music are spoken in the music domain unless they carry the emotion
/// (never stacked).
/// </summary>
public sealed record Tone(EmotionName? Emotion = null, EmotionIntensity Intensity = EmotionIntensity.Low)
{
    public static Tone Neutral { get; } = new();

    public static Tone Excited(EmotionIntensity intensity = EmotionIntensity.Low) => new(EmotionName.Excited, intensity);

    public static Tone Disappointed(EmotionIntensity intensity = EmotionIntensity.Low) => new(EmotionName.Disappointed, intensity);

    internal SsmlNode Apply(SsmlNode node) =>
        Emotion is { } emotion ? Ssml.Emotion(emotion, Intensity, node) : node;
}
