namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// What Alexa's SSML <c>&lt;audio&gt;</c> accepts (alexa-protocol.md §4) and what a catalog row means when it
/// declares nothing: the house sample format, 30 s of 48 kbps MP3 at 24,000 Hz.
/// </summary>
public static class SampleRules
{
    public const string Format = "mp3";
    public const int BitrateKbps = 48;
    public const int DefaultRateHz = 24000;
    public const double DefaultSeconds = 30;
    public const double MaxSeconds = 240;

    public static IReadOnlyList<int> RatesHz { get; } = [16000, 22050, 24000];

    public static string DefaultSamplePath(string trackId) => $"samples/{trackId}.mp3";

    public static string DefaultStreamPath(string trackId) => $"tracks/{trackId}.mp3";
}
