using System.Security.Cryptography;
using System.Text;

namespace AlexaMusicSkill.Music.Catalog;

/// <summary>An immutable in-memory catalog with id lookups; built once at cold start and shared by every turn.</summary>
public sealed class MusicCatalog : ICatalog
{
    private readonly Dictionary<string, Artist> _artists;
    private readonly Dictionary<string, Track> _tracks;
    private readonly Dictionary<string, List<Track>> _tracksByArtist;

    public MusicCatalog(IReadOnlyList<Artist> artists, IReadOnlyList<Track> tracks)
    {
        Artists = artists;
        Tracks = tracks;
        _artists = artists.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _tracks = tracks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _tracksByArtist = tracks.GroupBy(t => t.ArtistId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Fingerprint = ComputeFingerprint(artists, tracks);
    }

    public string Fingerprint { get; }

    public IReadOnlyList<Artist> Artists { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public Artist? FindArtist(string id) => _artists.GetValueOrDefault(id);

    public Track? FindTrack(string id) => _tracks.GetValueOrDefault(id);

    public IReadOnlyList<Track> TracksBy(string artistId) =>
        _tracksByArtist.TryGetValue(artistId, out var list) ? list : [];

    private static string ComputeFingerprint(IReadOnlyList<Artist> artists, IReadOnlyList<Track> tracks)
    {
        var text = new StringBuilder();
        foreach (var a in artists)
        {
            text.Append(a.Id).Append('|').AppendJoin(',', a.GenreIds).Append('|').Append(a.MoodId).Append('|')
                .Append(a.Energy.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('|')
                .Append(a.EraId).Append('|').Append(a.Popularity).Append('\n');
        }

        foreach (var t in tracks)
        {
            text.Append(t.Id).Append('|').Append(t.ArtistId).Append('|').Append(t.Year).Append('|')
                .Append(t.Energy.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
