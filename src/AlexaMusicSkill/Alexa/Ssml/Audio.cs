namespace AlexaMusicSkill.Alexa.Ssml;

/// <summary>
/// <c>&lt;audio src="…"/&gt;</c>: an https MP3 clip. Its duration is declared so the 240 s budget can be checked
/// without downloading the file.
/// </summary>
public sealed class Audio : SsmlNode
{
    public Audio(string source, TimeSpan duration)
    {
        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new SsmlException($"Audio source must be an absolute https URL, not '{source}'.");
        }

        if (duration <= TimeSpan.Zero || duration > SsmlLimits.MaxAudioDuration)
        {
            throw new SsmlException($"An audio clip of {duration.TotalSeconds:0.#} s is outside Alexa's 0..240 s.");
        }

        Source = source;
        Duration = duration;
    }

    public string Source { get; }

    public TimeSpan Duration { get; }

    internal override void Render(SsmlWriter writer)
    {
        writer.CountAudio(Duration);
        writer.EmptyTag("audio", ("src", Source));
    }
}
