namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// The catalog shipped inside the library (Data/artists.csv and Data/tracks.csv, embedded resources): real,
/// well-known artists and songs written by the project, media expected under the media base URL.
/// </summary>
public static class BuiltInCatalog
{
    public const string ArtistsResource = "AlexaMusicSkill.Music.Catalog.Data.artists.csv";
    public const string TracksResource = "AlexaMusicSkill.Music.Catalog.Data.tracks.csv";

    /// <summary>Loads and validates the built-in catalog; throws if the embedded data is invalid (a test keeps it valid).</summary>
    public static MusicCatalog Load(string mediaBaseUrl)
    {
        var result = LoadResult(mediaBaseUrl);
        return result.Catalog ?? throw new InvalidOperationException(
            $"The built-in catalog is invalid ({result.Errors.Count} errors), or the media base URL is: {string.Join(" | ", result.Errors.Take(5))}");
    }

    /// <summary>The full load result, warnings included (for tests and the <c>catalog validate</c> verb).</summary>
    public static CatalogLoadResult LoadResult(string mediaBaseUrl) =>
        CatalogLoader.LoadCsv(
            ReadResource(ArtistsResource),
            ReadResource(TracksResource),
            mediaBaseUrl,
            CatalogRules.BuiltIn,
            "artists.csv (built-in)",
            "tracks.csv (built-in)");

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(BuiltInCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {typeof(BuiltInCatalog).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
