using System.Globalization;
using System.Text;
using AlexaMusicSkill.Music.Catalog;

namespace AlexaMusicSkill.Tests.Music.Catalog;

public sealed class CatalogFormsTests
{
    [Fact]
    public void LoadCsvAndLoadJson_SameCatalog_LoadEqualCatalogs()
    {
        var csv = CatalogLoader.LoadCsv(SmallCatalog.ArtistsCsv, SmallCatalog.TracksCsv, SmallCatalog.MediaBase);
        var json = CatalogLoader.LoadJson(Encoding.UTF8.GetBytes(SmallCatalog.Json), SmallCatalog.MediaBase);

        Assert.True(csv.Succeeded, csv.Describe());
        Assert.True(json.Succeeded, json.Describe());
        Assert.Empty(csv.Findings);
        Assert.Empty(json.Findings);
        Assert.Equal(Describe(csv.Catalog!), Describe(json.Catalog!));
        Assert.Equal(csv.Catalog!.Fingerprint, json.Catalog!.Fingerprint);
    }

    [Fact]
    public void LoadCsv_SmallCatalog_ResolvesDefaultsInheritanceAndMedia()
    {
        var catalog = CatalogLoader.LoadCsv(SmallCatalog.ArtistsCsv, SmallCatalog.TracksCsv, SmallCatalog.MediaBase).Catalog!;

        var simon = catalog.FindArtist("simon-and-garfunkel")!;
        Assert.Equal("Simon & Garfunkel", simon.Name);
        Assert.Equal("LAID_BACK", simon.MoodId);
        Assert.Equal(["simon and garfunkel", "s and g"], simon.Synonyms);
        Assert.Null(catalog.FindArtist("the-clash")!.EraId);

        var norah = catalog.FindTrack("norah-jones--dont-know-why")!;
        Assert.Equal("https://media.example.com/music/samples/norah-jones--dont-know-why.mp3", norah.SampleUrl);
        Assert.Equal("https://media.example.com/music/tracks/norah-jones--dont-know-why.mp3", norah.StreamUrl);
        Assert.Equal(["JAZZ", "SINGER_SONGWRITER"], norah.GenreIds);
        Assert.Equal("TWO_THOUSANDS", norah.EraId);
        Assert.Equal(78, norah.Popularity);

        var robinson = catalog.FindTrack("simon-and-garfunkel--mrs-robinson")!;
        Assert.Equal("https://cdn.example.org/s/mrs-robinson.mp3?sig=a&b=c", robinson.SampleUrl);
        Assert.Equal("IN_BETWEEN", robinson.MoodId);
        Assert.Equal(TimeSpan.FromSeconds(20), robinson.SampleDuration);

        var boxer = catalog.FindTrack("simon-and-garfunkel--the-boxer")!;
        Assert.Equal("The Boxer, \"live\"", boxer.Title);
        Assert.Null(boxer.Year);
        Assert.Equal(["FOLK"], boxer.GenreIds);
        Assert.Equal(0.3, boxer.Energy);
        Assert.Equal("LAID_BACK", boxer.MoodId);
        Assert.Equal(90, boxer.Popularity);
        Assert.Equal(TimeSpan.FromSeconds(308.5), boxer.Duration);
        Assert.Equal("https://media.example.com/music/tracks/boxer.m4a", boxer.StreamUrl);

        var london = catalog.FindTrack("the-clash--london-calling")!;
        Assert.Equal("SEVENTIES", london.EraId);
        Assert.Equal("UPBEAT", london.MoodId);
        Assert.Equal(TimeSpan.FromSeconds(30), london.SampleDuration);
        Assert.Equal(2, catalog.TracksBy("simon-and-garfunkel").Count);
    }

    [Fact]
    public void LoadFromPath_DirectoryAndJsonFile_LoadEqualCatalogs()
    {
        var dir = Directory.CreateTempSubdirectory("catalog-forms-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "artists.csv"), SmallCatalog.ArtistsCsv.ReplaceLineEndings("\r\n"));
            File.WriteAllText(Path.Combine(dir.FullName, "tracks.csv"), SmallCatalog.TracksCsv);
            var jsonPath = Path.Combine(dir.FullName, "catalog.json");
            File.WriteAllText(jsonPath, SmallCatalog.Json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            var fromDirectory = CatalogLoader.LoadFromPath(dir.FullName, SmallCatalog.MediaBase);
            var fromJson = CatalogLoader.LoadFromPath(jsonPath, SmallCatalog.MediaBase);

            Assert.True(fromDirectory.Succeeded, fromDirectory.Describe());
            Assert.True(fromJson.Succeeded, fromJson.Describe());
            Assert.Equal(Describe(fromDirectory.Catalog!), Describe(fromJson.Catalog!));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void LoadFromPath_MissingPathOrFile_RefusesWithReason()
    {
        var dir = Directory.CreateTempSubdirectory("catalog-missing-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "artists.csv"), SmallCatalog.ArtistsCsv);

            var noTracks = CatalogLoader.LoadFromPath(dir.FullName, SmallCatalog.MediaBase);
            var nowhere = CatalogLoader.LoadFromPath(Path.Combine(dir.FullName, "nope.json"), SmallCatalog.MediaBase);
            var notACatalog = CatalogLoader.LoadFromPath(Path.Combine(dir.FullName, "artists.csv"), SmallCatalog.MediaBase);

            Assert.Null(noTracks.Catalog);
            Assert.Contains(noTracks.Errors, e => e.File.EndsWith("tracks.csv", StringComparison.Ordinal) && e.Message.Contains("does not exist", StringComparison.Ordinal));
            Assert.Contains("does not exist", Assert.Single(nowhere.Errors).Message, StringComparison.Ordinal);
            Assert.Contains("is not a catalog", Assert.Single(notACatalog.Errors).Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Every resolved field as text, because the records hold lists (reference equality).</summary>
    internal static string Describe(MusicCatalog catalog)
    {
        var text = new StringBuilder();
        foreach (var a in catalog.Artists)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{a.Id}|{a.Name}|{string.Join(';', a.GenreIds)}|{a.MoodId}|{a.Energy}|{a.EraId}|{a.Popularity}|{string.Join(';', a.Synonyms)}");
        }

        foreach (var t in catalog.Tracks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{t.Id}|{t.ArtistId}|{t.Title}|{t.Year}|{string.Join(';', t.GenreIds)}|{t.MoodId}|{t.Energy}|{t.EraId}|{t.Popularity}|{t.Duration}|{t.SampleDuration}|{t.SampleUrl}|{t.StreamUrl}");
        }

        return text.ToString();
    }
}
