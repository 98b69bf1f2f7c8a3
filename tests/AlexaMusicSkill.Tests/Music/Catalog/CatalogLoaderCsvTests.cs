using AlexaMusicSkill.Music.Catalog;

namespace AlexaMusicSkill.Tests.Music.Catalog;

public sealed class CatalogLoaderCsvTests
{
    private const string Artists = """
        id,name,genres,mood,energy,era,popularity,synonyms
        norah-jones,Norah Jones,JAZZ,LAID_BACK,0.2,TWO_THOUSANDS,78,
        bad-genre,Bad Genre,ROCKK;POP,,0.5,,50,
        too-hot,Too Hot,ROCK,,1.7,,50,
        norah-jones,Norah Jones Again,JAZZ,,0.2,,50,
        ,Nameless Id,ROCK,,0.5,,50,
        no-name,,ROCK,,0.5,,50,
        wrong-mood,Wrong Mood,POP,UPBEAT,0.1,,50,
        Bad_Id,Bad Id,POP,,0.5,,150,
        """;

    private const string Tracks = """
        id,artistId,title,year,energy,durationSeconds,sample,stream,sampleFormat,sampleBitrateKbps,sampleRateHz,sampleSeconds
        norah-jones--dont-know-why,norah-jones,Don't Know Why,2002,0.2,186,,,,,,
        norah-jones--http,norah-jones,Plain Http,2002,0.2,186,http://media.example.com/a.mp3,,,,,
        norah-jones--bitrate,norah-jones,Wrong Bitrate,2002,0.2,186,,,mp3,128,,
        norah-jones--dont-know-why,norah-jones,Duplicate Id,2002,0.2,186,,,,,,
        ghost--song,ghost,Unknown Artist,2002,0.2,186,,,,,,
        norah-jones--no-duration,norah-jones,No Duration,2002,0.2,,,,,,,
        norah-jones--rate,norah-jones,Wrong Rate,2002,0.2,186,,,wav,48,44100,300
        norah-jones--nan,norah-jones,Not A Number,2002,abc,186,,,,,,
        """;

    [Fact]
    public void LoadCsv_ManyFaults_RefusesWithOneFindingPerFaultNamingLineAndField()
    {
        var result = CatalogLoader.LoadCsv(Artists, Tracks, SmallCatalog.MediaBase);

        Assert.False(result.Succeeded);
        Assert.Null(result.Catalog);
        AssertError(result, "artists.csv", 3, "genres", "'ROCKK' is not a taxonomy genre id");
        AssertError(result, "artists.csv", 4, "energy", "energy 1.7 is outside [0, 1]");
        AssertError(result, "artists.csv", 5, "id", "'norah-jones' is already used by the artist on line 2");
        AssertError(result, "artists.csv", 6, "id", "is required");
        AssertError(result, "artists.csv", 7, "name", "is required");
        AssertError(result, "artists.csv", 8, "mood", "mood UPBEAT does not match energy 0.1");
        AssertError(result, "artists.csv", 9, "id", "must be a lowercase slug");
        AssertError(result, "artists.csv", 9, "popularity", "popularity 150 is outside 0–100");
        AssertError(result, "tracks.csv", 3, "sample", "is not https");
        AssertError(result, "tracks.csv", 4, "sampleBitrateKbps", "128 kbps is not allowed");
        AssertError(result, "tracks.csv", 5, "id", "already used by the track on line 2");
        AssertError(result, "tracks.csv", 6, "artistId", "artist 'ghost' is not in artists.csv");
        AssertError(result, "tracks.csv", 7, "durationSeconds", "is required");
        AssertError(result, "tracks.csv", 8, "sampleFormat", "'wav' is not allowed");
        AssertError(result, "tracks.csv", 8, "sampleRateHz", "44100 Hz is not allowed");
        AssertError(result, "tracks.csv", 8, "sampleSeconds", "300 s is not allowed");
        AssertError(result, "tracks.csv", 9, "energy", "'abc' is not a number");
        AssertError(result, "artists.csv", 3, "id", "has 0 track(s)");
        Assert.DoesNotContain(result.Errors, e => e.Line == 9 && e.File == "tracks.csv" && e.Message == "is required");
        Assert.All(result.Errors, e => Assert.True(e.Line >= 1, e.ToString()));
    }

    [Fact]
    public void LoadCsv_OneBadRowAmongGoodOnes_ReturnsNoCatalogAtAll()
    {
        var tracks = SmallCatalog.TracksCsv + "\nthe-clash--bad,the-clash,Bad,1979,,,,,,200,,,,96,,";

        var result = CatalogLoader.LoadCsv(SmallCatalog.ArtistsCsv, tracks, SmallCatalog.MediaBase);

        Assert.Null(result.Catalog);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("tracks.csv", 6, "sampleBitrateKbps"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void LoadCsv_UnterminatedQuote_ReportsStructuralErrorOnly()
    {
        var artists = "id,name,genres,energy\nnorah-jones,\"Norah Jones,JAZZ,0.2\nother,Other,POP,0.5\n";

        var result = CatalogLoader.LoadCsv(artists, SmallCatalog.TracksCsv, SmallCatalog.MediaBase);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("artists.csv", 2), (error.File, error.Line));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadCsv_MissingRequiredColumnAndUnknownColumn_ReportsHeaderLine()
    {
        var artists = "id,name,energy,colour\nnorah-jones,Norah Jones,0.2,blue\n";

        var result = CatalogLoader.LoadCsv(artists, SmallCatalog.TracksCsv, SmallCatalog.MediaBase);

        AssertError(result, "artists.csv", 1, "genres", "the header has no 'genres' column");
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((1, "colour"), (warning.Line, warning.Field));
    }

    [Fact]
    public void LoadCsv_RowWithTooManyFields_SaysToQuoteCommas()
    {
        var artists = SmallCatalog.ArtistsCsv + "\nearth-wind-and-fire,Earth, Wind & Fire,FUNK,,0.8,,80,\n";

        var result = CatalogLoader.LoadCsv(artists, SmallCatalog.TracksCsv, SmallCatalog.MediaBase);

        AssertError(result, "artists.csv", 5, string.Empty, "must be in double quotes");
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("track(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadCsv_RelativeMediaWithHttpBase_RefusesTheBaseUrl()
    {
        var result = CatalogLoader.LoadCsv(SmallCatalog.ArtistsCsv, SmallCatalog.TracksCsv, "http://media.example.com");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("MEDIA_BASE_URL", 0), (error.File, error.Line));
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    internal static void AssertError(CatalogLoadResult result, string file, int line, string field, string why) =>
        Assert.True(
            result.Errors.Any(e => e.File == file && e.Line == line && e.Field == field && e.Message.Contains(why, StringComparison.Ordinal)),
            $"Expected {file}:{line} {field}: …{why}… among:\n{result.Describe()}");
}
