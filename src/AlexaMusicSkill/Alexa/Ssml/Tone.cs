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

        // Percent rates (>= 20%) and dB volumes are also valid Alexa SSML.
        var percent = attribute == "rate" && value.EndsWith('%') && int.TryParse(value[..^1], out var p) && p >= 20;
        var decibels = attribute == "volume" && value.EndsWith("dB", StringComparison.Ordinal)
            && double.TryParse(value[..^2], System.Globalization.CultureInfo.InvariantCulture, out var db) && db <= 4.08;
        return percent || decibels ? value : throw new SsmlException($"'{value}' is not a valid prosody {attribute}.");
    }
}
