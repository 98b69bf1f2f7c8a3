using AlexaMusicSkill.Offline.Research.LastFm;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Offline.Tests.Research.LastFm;

/// <summary>
/// One run on the real HetRec data, read in place from ../shared/data (non-commercial licence: never copied into
/// the repository). Skipped on machines without it.
/// </summary>
public sealed class LastFmRealDataTests
{
    [Fact]
    public void Import_RealData_GivesPlausibleCoverage()
    {
        var directory = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "data", "hetrec2011-lastfm-2k") : null;
        if (directory is null || !File.Exists(Path.Combine(directory, "artists.dat")))
        {
            Assert.Skip("HetRec 2011 Last.fm data not found at ../shared/data/hetrec2011-lastfm-2k (research data, not part of the repository).");
        }

        var import = LastFmImporter.Import(directory);
        var report = import.Report;
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        Assert.Equal(17_632, report.Artists);
        Assert.Equal(1_892, report.Users);
        Assert.InRange(report.ListeningPairs, 92_000, 92_834);
        Assert.InRange(report.ArtistsWithGenre, 7_000, 12_500);
        Assert.InRange(report.ArtistsWithMood, 1_000, 6_000);
        Assert.InRange(report.ArtistsWithEra, 500, 3_000);
        Assert.InRange(report.MostPlayed.WithGenre, 950, 1_000);
        Assert.InRange(report.MostPlayed.WithMood, 400, 950);
        Assert.InRange(report.MostPlayed.WithEra, 150, 600);
        Assert.Equal("ISO-8859-1", report.Encodings["tags.dat"]);
        Assert.Equal(report.Users, import.Catalog.Histories.Count);
    }
}
