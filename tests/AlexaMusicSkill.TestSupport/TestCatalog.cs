using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.TestSupport;

/// <summary>
/// A small hand-written catalog for engine tests: 16 artists over 8 genres, 3 tracks each, spread over moods and
/// eras, with names that need escaping ("Simon &amp; Garfunkel").
/// </summary>
public static class TestCatalog
{
    public const string MediaBase = "https://media.test.example.com";

    private static readonly (string Id, string Name, string[] Genres, double Energy, string Era, int Popularity)[] ArtistRows =
    [
        ("miles-davis", "Miles Davis", ["JAZZ"], 0.2, "FIFTIES", 85),
        ("chet-baker", "Chet Baker", ["JAZZ"], 0.15, "FIFTIES", 60),
        ("norah-jones", "Norah Jones", ["JAZZ", "SINGER_SONGWRITER"], 0.2, "TWO_THOUSANDS", 75),
        ("radiohead", "Radiohead", ["ALT_ROCK"], 0.5, "NINETIES", 90),
        ("pixies", "Pixies", ["ALT_ROCK", "INDIE"], 0.75, "EIGHTIES", 65),
        ("daft-punk", "Daft Punk", ["ELECTRONIC", "DANCE"], 0.85, "TWO_THOUSANDS", 88),
        ("bonobo", "Bonobo", ["ELECTRONIC", "AMBIENT"], 0.3, "TWENTY_TENS", 55),
        ("madonna", "Madonna", ["POP", "DANCE"], 0.8, "EIGHTIES", 92),
        ("adele", "Adele", ["POP", "SOUL"], 0.35, "TWENTY_TENS", 93),
        ("simon-and-garfunkel", "Simon & Garfunkel", ["FOLK"], 0.25, "SIXTIES", 80),
        ("bob-dylan", "Bob Dylan", ["FOLK", "ROCK"], 0.45, "SIXTIES", 85),
        ("kendrick-lamar", "Kendrick Lamar", ["HIP_HOP"], 0.75, "TWENTY_TENS", 90),
        ("outkast", "OutKast", ["HIP_HOP", "FUNK"], 0.85, "TWO_THOUSANDS", 80),
        ("aretha-franklin", "Aretha Franklin", ["SOUL"], 0.6, "SIXTIES", 88),
        ("johnny-cash", "Johnny Cash", ["COUNTRY"], 0.5, "FIFTIES", 85),
        ("dolly-parton", "Dolly Parton", ["COUNTRY", "POP"], 0.6, "SEVENTIES", 82),
    ];

    private static readonly Lazy<MusicCatalog> Instance = new(() => Build(ArtistRows, 3));
    private static readonly Lazy<MusicCatalog> LargeInstance = new(BuildLarge);

    public static MusicCatalog Catalog => Instance.Value;

    /// <summary>A generated catalog of 600 tracks over every genre, mood and era, for long conversations.</summary>
    public static MusicCatalog Large => LargeInstance.Value;

    private static MusicCatalog BuildLarge()
    {
        var rows = new List<(string, string, string[], double, string, int)>();
        var genres = MusicTaxonomy.Genres;
        var eras = MusicTaxonomy.Eras;
        for (var i = 0; i < 120; i++)
        {
            var genre = genres[i % genres.Count].Id;
            var energy = ((i * 37) % 100) / 100.0;
            rows.Add(($"artist-{i:D3}", $"Artist {i}", [genre], energy, eras[i % eras.Count].Id, 20 + ((i * 53) % 80)));
        }

        return Build([.. rows], 5);
    }

    private static MusicCatalog Build((string Id, string Name, string[] Genres, double Energy, string Era, int Popularity)[] rows, int tracksPerArtist)
    {
        var artists = new List<Artist>();
        var tracks = new List<Track>();
        foreach (var (id, name, genres, energy, era, popularity) in rows)
        {
            artists.Add(new Artist(id, name, genres, MusicTaxonomy.MoodForEnergy(energy), energy, era, popularity, [name.ToLowerInvariant()]));
            var year = MusicTaxonomy.FindEra(era)!.FirstYear + 3;
            for (var n = 1; n <= tracksPerArtist; n++)
            {
                var trackEnergy = Math.Clamp(energy + ((n - 2) * 0.05), 0, 1);
                var trackId = $"{id}--song-{n}";
                tracks.Add(new Track(
                    trackId, id, $"{name} Song {n}", year + n, genres, MusicTaxonomy.MoodForEnergy(trackEnergy), trackEnergy, era,
                    popularity - (n * 5), TimeSpan.FromSeconds(200 + (n * 10)), TimeSpan.FromSeconds(30),
                    $"{MediaBase}/samples/{trackId}.mp3", $"{MediaBase}/tracks/{trackId}.mp3"));
            }
        }

        return new MusicCatalog(artists, tracks);
    }
}
