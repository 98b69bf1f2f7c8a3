using System.Globalization;
using System.Text;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Tests.Music.Catalog;

/// <summary>Keeps the shipped data honest: valid, big and varied enough for the conversation to narrow on.</summary>
public sealed class BuiltInCatalogTests
{
    private const string MediaBase = "https://media.musicfinder.example.com/v1";
    private static readonly Lazy<MusicCatalog> Catalog = new(() => BuiltInCatalog.Load(MediaBase));

    [Fact]
    public void LoadResult_BuiltInCatalog_PassesValidatorWithoutErrorsOrWarnings()
    {
        var result = BuiltInCatalog.LoadResult(MediaBase);

        Assert.True(result.Succeeded, result.Describe());
        Assert.True(result.Findings.Count == 0, result.Describe());
    }

    [Fact]
    public void Load_BuiltInCatalog_HasAtLeast300ArtistsAndEnoughPerGenre()
    {
        var perGenre = ArtistsPerGenre();

        Assert.True(Catalog.Value.Artists.Count >= 300, $"{Catalog.Value.Artists.Count} artists");
        Assert.All(MusicTaxonomy.Genres, g => Assert.True(perGenre[g.Id] >= 6, $"{g.Id} has {perGenre[g.Id]} artists"));
        Assert.True(perGenre.Values.Count(n => n >= 10) >= 20, string.Join(", ", perGenre));
    }

    [Fact]
    public void Load_BuiltInCatalog_EveryArtistHasTwoTracksWithHttpsMediaUnderTheBase()
    {
        Assert.All(Catalog.Value.Artists, a => Assert.True(Catalog.Value.TracksBy(a.Id).Count >= 2, a.Id));
        Assert.All(Catalog.Value.Tracks, t =>
        {
            Assert.Equal($"{MediaBase}/samples/{t.Id}.mp3", t.SampleUrl);
            Assert.Equal($"{MediaBase}/tracks/{t.Id}.mp3", t.StreamUrl);
            Assert.Equal(TimeSpan.FromSeconds(30), t.SampleDuration);
        });
    }

    [Fact]
    public void Load_BuiltInCatalog_AttributesAreConsistent()
    {
        Assert.All(Catalog.Value.Artists, a =>
        {
            Assert.Equal(MusicTaxonomy.MoodForEnergy(a.Energy), a.MoodId);
            Assert.NotNull(a.EraId);
            Assert.InRange(a.GenreIds.Count, 1, 3);
            Assert.NotEqual(string.Empty, a.Name);
        });
        Assert.All(Catalog.Value.Tracks, t =>
        {
            Assert.Equal(MusicTaxonomy.MoodForEnergy(t.Energy), t.MoodId);
            Assert.NotNull(t.Year);
            Assert.Equal(MusicTaxonomy.EraForYear(t.Year), t.EraId);
            Assert.InRange(t.Duration.TotalSeconds, 60, 1500);
        });
    }

    [Fact]
    public void Load_BuiltInCatalog_IsVariedInErasAndMoods()
    {
        var tracks = Catalog.Value.Tracks;
        foreach (var era in MusicTaxonomy.Eras.Where(e => e.Id != "PRE_FIFTIES"))
        {
            Assert.True(tracks.Count(t => t.EraId == era.Id) >= 40, $"{era.Id}: {tracks.Count(t => t.EraId == era.Id)} tracks");
            Assert.True(Catalog.Value.Artists.Count(a => a.EraId == era.Id) >= 15, $"{era.Id} artists");
        }

        // Big genres offer laid-back, in-between and upbeat tracks, so the mood question rarely dead-ends; genres that
        // are loud or calm by nature (a laid-back house track is rare) are exempt rather than padded with odd picks.
        string[] oneSided = ["PUNK", "METAL", "GRUNGE", "DANCE", "HOUSE", "DISCO", "K_POP", "AMBIENT", "LOFI"];
        foreach (var genre in MusicTaxonomy.Genres.Where(g => ArtistsPerGenre()[g.Id] >= 20 && !oneSided.Contains(g.Id)))
        {
            var moods = tracks.Where(t => t.GenreIds.Contains(genre.Id)).GroupBy(t => t.MoodId).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(MusicTaxonomy.Moods, m => Assert.True(moods.GetValueOrDefault(m.Id) >= 5, $"{genre.Id} has {moods.GetValueOrDefault(m.Id)} {m.Id} tracks"));
        }
    }

    [Fact]
    public void Load_InvalidMediaBaseUrl_ThrowsWithClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BuiltInCatalog.Load("http://insecure.example.com"));

        Assert.Contains("MEDIA_BASE_URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BuiltInCatalog_PrintsCountsForTheRecord()
    {
        var c = Catalog.Value;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"artists {c.Artists.Count}, tracks {c.Tracks.Count}, fingerprint {c.Fingerprint}");
        text.AppendLine("artists per genre (any position): " + string.Join(", ", ArtistsPerGenre().Select(p => $"{p.Key} {p.Value}")));
        text.AppendLine("artists per era: " + Count(c.Artists.Select(a => a.EraId ?? "unknown")));
        text.AppendLine("tracks per era: " + Count(c.Tracks.Select(t => t.EraId ?? "unknown")));
        text.AppendLine("artists per mood: " + Count(c.Artists.Select(a => a.MoodId)));
        text.AppendLine("tracks per mood: " + Count(c.Tracks.Select(t => t.MoodId)));
        TestContext.Current.TestOutputHelper?.WriteLine(text.ToString());

        Assert.NotEmpty(c.Fingerprint);
    }

    private static Dictionary<string, int> ArtistsPerGenre() =>
        MusicTaxonomy.Genres.ToDictionary(g => g.Id, g => Catalog.Value.Artists.Count(a => a.GenreIds.Contains(g.Id)));

    private static string Count(IEnumerable<string> ids) =>
        string.Join(", ", ids.GroupBy(i => i).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
}
