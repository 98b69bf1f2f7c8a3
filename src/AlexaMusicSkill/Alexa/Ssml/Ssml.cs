namespace AlexaMusicSkill.Alexa.Ssml;

/// <summary>Short constructors for the typed nodes: <c>Ssml.Speak(Ssml.S("How about this?"), Ssml.Audio(url, 30 s))</c>.</summary>
public static class Ssml
{
    public static Speech Speak(params SsmlNode[] children) => new(children);

    public static TextNode Text(string text) => new(text);

    public static Sentence S(string text) => new([new TextNode(text)]);

    public static Sentence S(params SsmlNode[] children) => new(children);

    public static Paragraph P(params SsmlNode[] children) => new(children);

    public static Break Break(TimeSpan time) => new(time);

    public static Audio Audio(string source, TimeSpan duration) => new(source, duration);

    public static SayAs SayAs(string interpretAs, string text, string? format = null) => new(interpretAs, text, format);

    public static Emotion Emotion(EmotionName name, EmotionIntensity intensity, params SsmlNode[] children) =>
        new(name, intensity, children);

    public static MusicDomain MusicStyle(params SsmlNode[] children) => new(children);

    public static Emphasis Emphasis(EmphasisLevel level, params SsmlNode[] children) => new(level, children);

    public static Prosody Prosody(string? rate = null, string? volume = null, params SsmlNode[] children) =>
        new(rate, volume, children);
}
