using System.Globalization;

namespace AlexaMusicSkill.Alexa.Ssml;

public enum EmotionName
{
    Excited,
    Disappointed,
}

public enum EmotionIntensity
{
    Low,
    Medium,
    High,
}

public enum EmphasisLevel
{
    Reduced,
    Moderate,
    Strong,
}

/// <summary><c>&lt;amazon:emotion&gt;</c> (en-US); never stacked with domain, emphasis or prosody pitch.</summary>
public sealed class Emotion(EmotionName name, EmotionIntensity intensity, IReadOnlyList<SsmlNode> children) : SsmlContainer(children)
{
    public EmotionName Name { get; } = name;

    public EmotionIntensity Intensity { get; } = intensity;

    internal override void Render(SsmlWriter writer)
    {
        writer.EnterTone("amazon:emotion");
        writer.OpenTag(
            "amazon:emotion",
            ("name", Name == EmotionName.Excited ? "excited" : "disappointed"),
            ("intensity", Intensity switch { EmotionIntensity.Low => "low", EmotionIntensity.Medium => "medium", _ => "high" }));
        RenderChildren(writer);
        writer.CloseTag("amazon:emotion");
        writer.ExitTone();
    }
}

/// <summary><c>&lt;amazon:domain name="music"&gt;</c>: the speaking style for talking about music.</summary>
public sealed class MusicDomain(IReadOnlyList<SsmlNode> children) : SsmlContainer(children)
{
    internal override void Render(SsmlWriter writer)
    {
        writer.EnterTone("amazon:domain");
        writer.OpenTag("amazon:domain", ("name", "music"));
        RenderChildren(writer);
        writer.CloseTag("amazon:domain");
        writer.ExitTone();
    }
}

/// <summary><c>&lt;emphasis level="…"&gt;</c>.</summary>
public sealed class Emphasis(EmphasisLevel level, IReadOnlyList<SsmlNode> children) : SsmlContainer(children)
{
    public EmphasisLevel Level { get; } = level;

    internal override void Render(SsmlWriter writer)
    {
        writer.EnterTone("emphasis");
        writer.OpenTag("emphasis", ("level", Level.ToString().ToLowerInvariant()));
        RenderChildren(writer);
        writer.CloseTag("emphasis");
        writer.ExitTone();
    }
}

/// <summary><c>&lt;prosody&gt;</c> rate and volume (pitch is left out: it falls back to legacy TTS and cannot be stacked).</summary>
public sealed class Prosody(string? rate, string? volume, IReadOnlyList<SsmlNode> children) : SsmlContainer(children)
{
    private static readonly string[] Rates = ["x-slow", "slow", "medium", "fast", "x-fast"];
    private static readonly string[] Volumes = ["silent", "x-soft", "soft", "medium", "loud", "x-loud"];

    public string? Rate { get; } = Check(rate, Rates, "rate");

    public string? Volume { get; } = Check(volume, Volumes, "volume");

    internal override void Render(SsmlWriter writer)
    {
        writer.OpenTag("prosody", ("rate", Rate), ("volume", Volume));
        RenderChildren(writer);
        writer.CloseTag("prosody");
    }

    private static string? Check(string? value, string[] allowed, string attribute)
    {
        if (value is null || allowed.Contains(value))
        {
            return value;
        }

        // Alexa's only other forms: a rate of N% (N >= 20) and a signed volume of +NdB / -NdB (at most about +4.08 dB).
        var valid = attribute == "rate"
            ? value.EndsWith('%') && TryParseUnsigned(value.AsSpan(0, value.Length - 1), out var percent) && percent >= 20
            : value.Length > 3 && value[0] is '+' or '-' && value.EndsWith("dB", StringComparison.Ordinal)
                && TryParseUnsigned(value.AsSpan(1, value.Length - 3), out var decibels)
                && (value[0] == '-' || decibels <= 4.08);
        return valid ? value : throw new SsmlException($"'{value}' is not a valid prosody {attribute}.");
    }

    /// <summary>Digits with an optional fraction, nothing else: no sign, exponent, spaces or "Infinity".</summary>
    private static bool TryParseUnsigned(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? ReadOnlySpan<char>.Empty : text[(dot + 1)..];
        var wellFormed = whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9')
            && (dot < 0 || (fraction.Length > 0 && !fraction.ContainsAnyExceptInRange('0', '9')));
        return wellFormed && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
