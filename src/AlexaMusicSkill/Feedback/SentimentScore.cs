namespace AlexaMusicSkill.Feedback;

/// <summary>How strongly a reaction leans, from its score's magnitude (what the tone of the reply answers to).</summary>
public enum SentimentIntensity
{
    None,
    Low,
    Medium,
    High,
}

/// <summary>Where a score came from: the words' rules, the resolved slot value's valence, or the intent itself.</summary>
public enum SentimentSource
{
    None,
    Words,
    Vocabulary,
    Act,
}

/// <summary>
/// The sentiment of one reaction: a score in [-1, 1], its intensity, the constraint a complaint moves ("too slow"
/// asks for more energy), and where it came from. <see cref="IsKnown"/> is false when nothing carried sentiment.
/// </summary>
public readonly record struct SentimentScore(double Value, SentimentIntensity Intensity, ConstraintShift Shift, SentimentSource Source)
{
    public bool IsKnown => Source != SentimentSource.None;

    public static SentimentScore Unknown => default;

    public static SentimentScore Of(double value, ConstraintShift shift, SentimentSource source)
    {
        var clamped = Math.Round(Math.Clamp(value, -1.0, 1.0), 4);
        return new SentimentScore(clamped, IntensityOf(clamped), shift, source);
    }

    public static SentimentIntensity IntensityOf(double value) => Math.Abs(value) switch
    {
        < 0.3 => SentimentIntensity.Low,
        < 0.65 => SentimentIntensity.Medium,
        _ => SentimentIntensity.High,
    };
}
