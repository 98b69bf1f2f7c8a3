using System.Text;
using AlexaMusicSkill.Music.Catalog.Sources;

namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// Loads a catalog from its CSV form (a directory with <c>artists.csv</c> and <c>tracks.csv</c>) or its JSON form
/// (one <c>.json</c> file), validates it and returns either the whole catalog or every finding: never half a catalog.
/// See docs/catalog.md for the schema.
/// </summary>
public static class CatalogLoader
{
    public const string ArtistsFileName = "artists.csv";
    public const string TracksFileName = "tracks.csv";

    /// <summary>
    /// Loads from a directory holding the two CSV files, or from a <c>.json</c> file. Relative media paths are
    /// resolved against <paramref name="mediaBaseUrl"/>.
    /// </summary>
    public static CatalogLoadResult LoadFromPath(string path, string mediaBaseUrl, CatalogRules? rules = null)
    {
        if (Directory.Exists(path))
        {
            var artists = Path.Combine(path, ArtistsFileName);
            var tracks = Path.Combine(path, TracksFileName);
            var missing = new[] { artists, tracks }.Where(f => !File.Exists(f))
                .Select(f => Refusal(f, "the file does not exist; a CSV catalog is a directory with artists.csv and tracks.csv"))
                .ToList();
            return missing.Count > 0
                ? new CatalogLoadResult(null, missing)
                : LoadCsv(File.ReadAllBytes(artists), File.ReadAllBytes(tracks), mediaBaseUrl, rules, artists, tracks);
        }

        if (File.Exists(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return LoadJson(File.ReadAllBytes(path), mediaBaseUrl, rules, path);
        }

        var why = File.Exists(path)
            ? "is not a catalog: give a directory with artists.csv and tracks.csv, or a .json file"
            : "does not exist";
        return new CatalogLoadResult(null, [Refusal(path, why)]);
    }

    /// <summary>Loads the CSV form from the two files' text; the names only label findings.</summary>
    public static CatalogLoadResult LoadCsv(
        string artistsCsv,
        string tracksCsv,
        string mediaBaseUrl,
        CatalogRules? rules = null,
        string artistsFile = ArtistsFileName,
        string tracksFile = TracksFileName) =>
        LoadCsv(Encoding.UTF8.GetBytes(artistsCsv), Encoding.UTF8.GetBytes(tracksCsv), mediaBaseUrl, rules, artistsFile, tracksFile);

    /// <summary>Loads the CSV form from the two files' UTF-8 bytes; the names only label findings.</summary>
    public static CatalogLoadResult LoadCsv(
        ReadOnlyMemory<byte> artistsCsv,
        ReadOnlyMemory<byte> tracksCsv,
        string mediaBaseUrl,
        CatalogRules? rules = null,
        string artistsFile = ArtistsFileName,
        string tracksFile = TracksFileName)
    {
        var findings = new List<CatalogFinding>();
        var artists = CatalogCsvReader.ReadArtists(artistsCsv, artistsFile, findings);
        var tracks = CatalogCsvReader.ReadTracks(tracksCsv, tracksFile, findings);
        return Finish(artists, tracks, artistsFile, tracksFile, mediaBaseUrl, rules, findings);
    }

    /// <summary>Loads the JSON form from UTF-8 bytes; the name only labels findings.</summary>
    public static CatalogLoadResult LoadJson(
        ReadOnlySpan<byte> utf8, string mediaBaseUrl, CatalogRules? rules = null, string file = "catalog.json")
    {
        var findings = new List<CatalogFinding>();
        var (artists, tracks) = CatalogJsonReader.Read(utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8, file, findings);
        return Finish(artists, tracks, file, file, mediaBaseUrl, rules, findings);
    }

    private static CatalogLoadResult Finish(
        RowsRead<ArtistRow> artists,
        RowsRead<TrackRow> tracks,
        string artistsFile,
        string tracksFile,
        string mediaBaseUrl,
        CatalogRules? rules,
        List<CatalogFinding> findings)
    {
        // After a structural problem the rows are unreliable, so validating them would bury the real cause.
        if (!artists.IsComplete || !tracks.IsComplete)
        {
            return new CatalogLoadResult(null, findings);
        }

        var draft = new CatalogDraft(artistsFile, artists.Rows, tracksFile, tracks.Rows);
        ReportUnknownProperties(draft, findings);
        findings.AddRange(CatalogValidator.Validate(draft, mediaBaseUrl, rules));
        return findings.Exists(f => f.IsError)
            ? new CatalogLoadResult(null, findings)
            : new CatalogLoadResult(CatalogAssembler.Assemble(draft, mediaBaseUrl), findings);
    }

    private static void ReportUnknownProperties(CatalogDraft draft, List<CatalogFinding> findings)
    {
        var unknown = draft.Artists.Select(a => (draft.ArtistsFile, a.Line, a.UnknownProperties))
            .Concat(draft.Tracks.Select(t => (draft.TracksFile, t.Line, t.UnknownProperties)));
        foreach (var (file, line, properties) in unknown)
        {
            foreach (var name in properties?.Keys ?? Enumerable.Empty<string>())
            {
                findings.Add(new(FindingSeverity.Warning, file, line, name, $"property '{name}' is not a catalog field and is ignored (names are camelCase, e.g. artistId)"));
            }
        }
    }

    private static CatalogFinding Refusal(string file, string why) => new(FindingSeverity.Error, file, 0, string.Empty, why);
}
