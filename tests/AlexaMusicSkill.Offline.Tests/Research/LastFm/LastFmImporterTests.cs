using AlexaMusicSkill.Offline.Research;
using AlexaMusicSkill.Offline.Research.LastFm;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Offline.Tests.Research.LastFm;

/// <summary>Runs the importer on small hand-written files in the HetRec layout (see Fixtures/).</summary>
public sealed class LastFmImporterTests
{
    private static readonly Lazy<LastFmImport> Fixture = new(() => LastFmImporter.Import(FixtureDataFolder()));

    /// <summary>
    /// The fixtures carry neutral names in the repository, so nothing committed can be mistaken for the
    /// non-commercial dataset; the importer wants the dataset's file names, so they are copied under those names.
    /// </summary>
    private static string FixtureDataFolder()
    {
        var fixtures = RepositoryPaths.Combine("tests", "AlexaMusicSkill.Offline.Tests", "Research", "LastFm", "Fixtures");
        var folder = Directory.CreateTempSubdirectory("lastfm-fixture-").FullName;
        (string Fixture, string DatasetName)[] files =
        [
            ("artists.fixture.tsv", "artists.dat"),
            ("tags.fixture.tsv", "tags.dat"),
            ("tag-assignments.fixture.tsv", "user_taggedartists.dat"),
            ("listening.fixture.tsv", "user_artists.dat"),
        ];
        foreach (var (fixture, datasetName) in files)
        {
            File.Copy(Path.Combine(fixtures, fixture), Path.Combine(folder, datasetName));
        }

        return folder;
    }

    private static ResearchArtist Artist(int id) => Fixture.Value.Catalog.FindArtist(id)!;

    [Fact]
    public void Import_AgreeingCalmTags_GiveGenresInVoteOrderAndLaidBackMood()
    {
        var calm = Artist(1);

        Assert.Equal(["ROCK", "AMBIENT"], calm.GenreIds);
        Assert.Equal(0.217, calm.Energy);
        Assert.Equal("LAID_BACK", calm.MoodId);
    }

    [Fact]
    public void Import_TaggingYearColumn_IsNotReadAsReleaseYear()
    {
        // Every tag on the calm band was applied in 1985, yet it has no decade tag, so its era stays unknown.
        Assert.Null(Artist(1).EraId);
    }

    [Fact]
    public void Import_ClearDecadeMajority_GivesEraAndPartyTagsGiveUpbeat()
    {
        var party = Artist(2);

        Assert.Equal(["HIP_HOP"], party.GenreIds);
        Assert.Equal("UPBEAT", party.MoodId);
        Assert.Equal("EIGHTIES", party.EraId);
    }

    [Fact]
    public void Import_ConflictingOrThinEvidence_StaysUnknown()
    {
        var mixed = Artist(4);
        var split = Artist(5);

        Assert.Equal(["AMBIENT"], mixed.GenreIds);
        Assert.Null(mixed.Energy);
        Assert.Null(mixed.MoodId);
        Assert.Null(split.EraId);
        Assert.Null(split.MoodId);
        Assert.Equal(["METAL"], split.GenreIds);
    }

    [Fact]
    public void Import_UnmappedOrNoTags_LeaveEverythingUnknown()
    {
        foreach (var artist in new[] { Artist(3), Artist(6) })
        {
            Assert.Empty(artist.GenreIds);
            Assert.Null(artist.MoodId);
            Assert.Null(artist.EraId);
        }

        Assert.Equal("Sigur Rós", Artist(3).Name);
    }

    [Fact]
    public void Import_Histories_AreMostPlayedFirstAndSkipUnknownArtists()
    {
        var histories = Fixture.Value.Catalog.Histories;

        Assert.Equal([new Listen(2, 1200), new Listen(1, 500), new Listen(3, 30)], histories[10]);
        Assert.Equal([new Listen(6, 700), new Listen(2, 40)], histories[11]);
        Assert.Equal((2, 1240L), (Artist(2).Listeners, Artist(2).Plays));
    }

    [Fact]
    public void Import_Report_CountsCoverageEncodingsAndSkippedRows()
    {
        var report = Fixture.Value.Report;

        Assert.Equal((6, 4, 2, 1), (report.Artists, report.ArtistsWithGenre, report.ArtistsWithMood, report.ArtistsWithEra));
        Assert.Equal((2, 5, 2470L), (report.Users, report.ListeningPairs, report.Plays));
        Assert.Equal((26, 24), (report.TagApplications, report.TagApplicationsMapped));
        Assert.Equal(4, report.RowsSkipped);
        Assert.Equal("ISO-8859-1", report.Encodings["tags.dat"]);
        Assert.Equal("UTF-8", report.Encodings["artists.dat"]);
        Assert.Equal(1, report.ArtistsPerEra["EIGHTIES"]);
        Assert.Contains("with genre 4", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFiles_ThrowsNamingThem()
    {
        var empty = Directory.CreateTempSubdirectory("hetrec-empty-");
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => LastFmImporter.Import(empty.FullName));

            Assert.Contains("artists.dat", error.Message, StringComparison.Ordinal);
            Assert.Contains("user_artists.dat", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete();
        }
    }
}
