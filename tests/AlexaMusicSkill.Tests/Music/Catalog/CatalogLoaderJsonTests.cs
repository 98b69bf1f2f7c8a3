using System.Text;
using AlexaMusicSkill.Music.Catalog;
using static AlexaMusicSkill.Tests.Music.Catalog.CatalogLoaderCsvTests;

namespace AlexaMusicSkill.Tests.Music.Catalog;

public sealed class CatalogLoaderJsonTests
{
    // Line numbers matter: each object starts on the line named in its comment.
    private const string Faulty = """
        {
          "artists": [
            { "id": "norah-jones", "name": "Norah Jones", "genres": ["JAZZ"], "energy": 0.2 },
            { "id": "bad-genre", "name": "Bad Genre", "genres": ["ROCKK"], "energy": 0.5 },
            { "id": "too-hot", "name": "Too Hot", "genres": ["ROCK"], "energy": 1.7 },
            { "id": "norah-jones", "name": "Norah Again", "genres": ["JAZZ"], "energy": 0.2 },
            { "id": "no-name", "genres": ["POP"], "energy": 0.5 },
            { "id": "typed", "name": "Typed", "genres": "ROCK", "energy": 0.5 }
          ],
          "tracks": [
            { "id": "norah-jones--dont-know-why", "artistId": "norah-jones", "title": "Don't Know Why", "durationSeconds": 186 },
            { "id": "norah-jones--http", "artistId": "norah-jones", "title": "Http", "durationSeconds": 186,
              "stream": "http://media.example.com/a.mp3" },
            { "id": "norah-jones--bitrate", "artistId": "norah-jones", "title": "Bitrate", "durationSeconds": 186,
              "sampleBitrateKbps": 64 },
            { "id": "norah-jones--dont-know-why", "artistId": "norah-jones", "title": "Duplicate", "durationSeconds": 186 },
            { "id": "ghost--song", "artistId": "ghost", "title": "Unknown Artist", "durationSeconds": 186 },
            { "id": "norah-jones--missing", "artistId": "norah-jones", "durationSeconds": 186 },
            { "id": "typed--song", "artistId": "typed", "title": "Typed", "durationSeconds": "long", "artistID": "x" }
          ]
        }
        """;

    [Fact]
    public void LoadJson_ManyFaults_RefusesWithOneFindingPerFaultNamingLineAndField()
    {
        var result = CatalogLoader.LoadJson(Encoding.UTF8.GetBytes(Faulty), SmallCatalog.MediaBase, file: "bad.json");

        Assert.Null(result.Catalog);
        AssertError(result, "bad.json", 4, "genres", "'ROCKK' is not a taxonomy genre id");
        AssertError(result, "bad.json", 5, "energy", "energy 1.7 is outside [0, 1]");
        AssertError(result, "bad.json", 6, "id", "'norah-jones' is already used by the artist on line 3");
        AssertError(result, "bad.json", 7, "name", "is required");
        AssertError(result, "bad.json", 8, "genres", "expected a list of strings");
        AssertError(result, "bad.json", 12, "stream", "is not https");
        AssertError(result, "bad.json", 14, "sampleBitrateKbps", "64 kbps is not allowed");
        AssertError(result, "bad.json", 16, "id", "already used by the track on line 11");
        AssertError(result, "bad.json", 17, "artistId", "artist 'ghost' is not in bad.json");
        AssertError(result, "bad.json", 18, "title", "is required");
        AssertError(result, "bad.json", 19, "durationSeconds", "expected a number");

        // The unreadable artist keeps its id, so its track is not reported as dangling.
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("'typed' is not in", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadJson_UnknownProperty_WarnsButLoads()
    {
        var json = SmallCatalog.Json.Replace("\"popularity\": 78,", "\"popularity\": 78, \"colour\": \"blue\",", StringComparison.Ordinal);

        var result = CatalogLoader.LoadJson(Encoding.UTF8.GetBytes(json), SmallCatalog.MediaBase);

        Assert.True(result.Succeeded, result.Describe());
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("catalog.json", 3, "colour"), (warning.File, warning.Line, warning.Field));
    }

    [Theory]
    [InlineData("{ \"artists\": [ ", "not valid JSON")]
    [InlineData("[]", "must be one JSON object")]
    [InlineData("{ \"artists\": [] }", "the 'tracks' array is missing")]
    [InlineData("{ \"artists\": {}, \"tracks\": [] }", "'artists' must be an array of objects")]
    public void LoadJson_BrokenDocument_RefusesWithReason(string json, string why)
    {
        var result = CatalogLoader.LoadJson(Encoding.UTF8.GetBytes(json), SmallCatalog.MediaBase);

        Assert.Null(result.Catalog);
        Assert.Contains(result.Errors, e => e.Message.Contains(why, StringComparison.Ordinal));
    }
}
