namespace AlexaMusicSkill.Policy;

/// <summary>How offered and rejected things are remembered in state: tracks by id, others with a prefix.</summary>
public static class OfferKeys
{
    public static string Track(string trackId) => trackId;

    public static string Artist(string artistId) => "a:" + artistId;

    public static string Station(string stationId) => "s:" + stationId;

    public static string Genre(string genreId) => "g:" + genreId;

    /// <summary>Whether a key names a track (tracks are the only keys without a prefix).</summary>
    public static bool IsTrack(string key) => !key.Contains(':', StringComparison.Ordinal);

    /// <summary>The artist id of an artist key, null for any other key.</summary>
    public static string? ArtistIn(string key) => key.StartsWith("a:", StringComparison.Ordinal) ? key[2..] : null;
}
