using System.Runtime.CompilerServices;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Music.Matching;

/// <summary>
/// Flat arrays over the catalog's tracks (genre bitmasks with ancestors, energy, era, mood, popularity), built once
/// per catalog, so scoring the whole catalog each turn costs microseconds. Tracks are addressed by position.
/// </summary>
public sealed class CatalogIndex
{
    private static readonly ConditionalWeakTable<ICatalog, CatalogIndex> Cache = new();
    private static readonly Dictionary<string, int> GenreBits = BuildGenreBits();

    private readonly Dictionary<string, int> _positions;
    private readonly Dictionary<string, int> _artistOrdinals;

    private CatalogIndex(ICatalog catalog)
    {
        Catalog = catalog;
        var tracks = catalog.Tracks;
        Tracks = tracks;
        Count = tracks.Count;
        GenreMask = new uint[Count];
        OwnGenreMask = new uint[Count];
        PrimaryGenre = new int[Count];
        Energy = new double[Count];
        Era = new int[Count];
        Mood = new int[Count];
        Popularity = new double[Count];
        Artist = new int[Count];
        _positions = new Dictionary<string, int>(Count, StringComparer.Ordinal);
        _artistOrdinals = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < Count; i++)
        {
            var track = tracks[i];
            _positions[track.Id] = i;
            foreach (var genre in track.GenreIds)
            {
                OwnGenreMask[i] |= Bit(genre);
                GenreMask[i] |= WithAncestors(genre);
            }

            PrimaryGenre[i] = track.GenreIds.Count > 0 && GenreBits.TryGetValue(track.GenreIds[0], out var p) ? p : -1;
            Energy[i] = track.Energy;
            Era[i] = EraIndex(track.EraId);
            Mood[i] = MoodIndex(track.MoodId);
            Popularity[i] = track.Popularity / 100.0;
            if (!_artistOrdinals.TryGetValue(track.ArtistId, out var ordinal))
            {
                ordinal = _artistOrdinals.Count;
                _artistOrdinals[track.ArtistId] = ordinal;
            }

            Artist[i] = ordinal;
        }
    }

    public ICatalog Catalog { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public int Count { get; }

    /// <summary>Bits of each track's genres and all their ancestors ("alternative rock" is also "rock").</summary>
    public uint[] GenreMask { get; }

    /// <summary>Bits of each track's own genres only.</summary>
    public uint[] OwnGenreMask { get; }

    public int[] PrimaryGenre { get; }

    public double[] Energy { get; }

    /// <summary>Position in <see cref="MusicTaxonomy.Eras"/>, or -1 when unknown.</summary>
    public int[] Era { get; }

    /// <summary>0 laid back, 1 in between, 2 upbeat.</summary>
    public int[] Mood { get; }

    /// <summary>Popularity in [0, 1].</summary>
    public double[] Popularity { get; }

    public int[] Artist { get; }

    public static int GenreCount => GenreBits.Count;

    public static CatalogIndex For(ICatalog catalog) => Cache.GetValue(catalog, c => new CatalogIndex(c));

    public int PositionOf(string trackId) => _positions.TryGetValue(trackId, out var i) ? i : -1;

    public int ArtistCount => _artistOrdinals.Count;

    public int ArtistOrdinal(string artistId) => _artistOrdinals.TryGetValue(artistId, out var i) ? i : -1;

    public static uint Bit(string? genreId) => genreId is not null && GenreBits.TryGetValue(genreId, out var b) ? 1u << b : 0u;

    public static string GenreAt(int bit) => MusicTaxonomy.Genres[bit].Id;

    public static int EraIndex(string? eraId)
    {
        if (eraId is null)
        {
            return -1;
        }

        var eras = MusicTaxonomy.Eras;
        for (var i = 0; i < eras.Count; i++)
        {
            if (eras[i].Id == eraId)
            {
                return i;
            }
        }

        return -1;
    }

    public static int MoodIndex(string? moodId) => moodId switch
    {
        MusicTaxonomy.LaidBack => 0,
        MusicTaxonomy.InBetween => 1,
        MusicTaxonomy.Upbeat => 2,
        _ => -1,
    };

    private static uint WithAncestors(string genreId)
    {
        uint mask = 0;
        for (var genre = MusicTaxonomy.FindGenre(genreId); genre is not null; genre = MusicTaxonomy.FindGenre(genre.ParentId))
        {
            mask |= Bit(genre.Id);
        }

        return mask;
    }

    private static Dictionary<string, int> BuildGenreBits()
    {
        var genres = MusicTaxonomy.Genres;
        if (genres.Count > 32)
        {
            throw new InvalidOperationException("Genre masks are 32 bits; the taxonomy has more genres.");
        }

        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < genres.Count; i++)
        {
            bits[genres[i].Id] = i;
        }

        return bits;
    }
}
