namespace AlexaMusicSkill.Policy;

/// <summary>How offered and rejected things are remembered in state: tracks by id, others with a prefix.</summary>
public static class OfferKeys
{
    public static string Track(string trackId) => trackId;

    public static string Artist(string artistId) => "a:" + artistId;

    public static string Station(string stationId) => "s:" + stationId;

    public static string Genre(string genreId) => "g:" + genreId;
}
