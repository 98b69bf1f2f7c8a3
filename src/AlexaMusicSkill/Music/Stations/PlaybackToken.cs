namespace AlexaMusicSkill.Music.Stations;

/// <summary>
/// The AudioPlayer stream token, our only correlation key for playback events (which carry no session):
/// <c>v1|&lt;stationId&gt;|&lt;index&gt;|&lt;trackId&gt;</c>. Decodable without state, so playback continues even when
/// storage is unavailable.
/// </summary>
public readonly record struct PlaybackToken(string StationId, int Index, string TrackId)
{
    private const string Prefix = "v1|";

    public override string ToString() => $"{Prefix}{StationId}|{Index}|{TrackId}";

    public static PlaybackToken? TryParse(string? token)
    {
        if (token is null || token.Length > 1024 || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = token[Prefix.Length..].Split('|');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[2].Length == 0
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        return new PlaybackToken(parts[0], index, parts[2]);
    }
}
