using System.Globalization;
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

        // A plain loop rather than GroupBy: this runs at cold start and the lookup's buffers would be garbage.
        _tracksByArtist = new Dictionary<string, List<Track>>(artists.Count, StringComparer.Ordinal);
        foreach (var track in tracks)
        {
            if (!_tracksByArtist.TryGetValue(track.ArtistId, out var own))
            {
                _tracksByArtist[track.ArtistId] = own = new List<Track>(2);
            }

            own.Add(track);
        }

        Fingerprint = ComputeFingerprint(artists, tracks);
    }

    public string Fingerprint { get; }

    public IReadOnlyList<Artist> Artists { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public Artist? FindArtist(string id) => _artists.GetValueOrDefault(id);

    public Track? FindTrack(string id) => _tracks.GetValueOrDefault(id);

    public IReadOnlyList<Track> TracksBy(string artistId) =>
        _tracksByArtist.TryGetValue(artistId, out var list) ? list : [];

    /// <summary>
    /// SHA-256 over one text line per artist and per track, hashed line by line so the whole text never exists at
    /// once (it would be the largest allocation of a cold start).
    /// </summary>
    private static string ComputeFingerprint(IReadOnlyList<Artist> artists, IReadOnlyList<Track> tracks)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder(256);
        var bytes = new byte[1024];
        foreach (var a in artists)
        {
            line.Clear();
            line.Append(a.Id).Append('|').AppendJoin(',', a.GenreIds).Append('|').Append(a.MoodId).Append('|')
                .Append(CultureInfo.InvariantCulture, $"{a.Energy:R}").Append('|')
                .Append(a.EraId).Append('|').Append(CultureInfo.InvariantCulture, $"{a.Popularity}").Append('\n');
            AppendLine(hash, line, ref bytes);
        }

        foreach (var t in tracks)
        {
            line.Clear();
            line.Append(t.Id).Append('|').Append(t.ArtistId).Append('|').Append(CultureInfo.InvariantCulture, $"{t.Year}").Append('|')
                .Append(CultureInfo.InvariantCulture, $"{t.Energy:R}").Append('\n');
            AppendLine(hash, line, ref bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static void AppendLine(IncrementalHash hash, StringBuilder line, ref byte[] bytes)
    {
        var chars = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
        line.CopyTo(0, chars, line.Length);
        var needed = Encoding.UTF8.GetByteCount(chars);
        if (needed > bytes.Length)
        {
            bytes = new byte[needed];
        }

        hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(chars, bytes));
    }
}
