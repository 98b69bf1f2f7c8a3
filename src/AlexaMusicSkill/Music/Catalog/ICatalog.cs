namespace AlexaMusicSkill.Music.Catalog;

/// <summary>The catalog port: artists and tracks by id, plus an identity for records and model artifacts.</summary>
public interface ICatalog
{
    /// <summary>A short content hash; decision records and model artifacts name the catalog they were made with.</summary>
    string Fingerprint { get; }

    IReadOnlyList<Artist> Artists { get; }

    IReadOnlyList<Track> Tracks { get; }

    Artist? FindArtist(string id);

    Track? FindTrack(string id);

    IReadOnlyList<Track> TracksBy(string artistId);
}
