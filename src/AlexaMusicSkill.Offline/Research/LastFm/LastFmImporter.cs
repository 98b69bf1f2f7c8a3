using System.Globalization;
using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Offline.Research.LastFm;

/// <summary>The research catalog built from the HetRec 2011 Last.fm data, and the report on how it was built.</summary>
public sealed record LastFmImport(ResearchCatalog Catalog, LastFmImportReport Report);

/// <summary>
/// Reads the HetRec 2011 Last.fm 2K files from a directory given at run time (the data is for non-commercial
/// research and is never committed) and turns tags into taxonomy attributes through <see cref="LastFmTagMapping"/>.
/// The tag-assignment date columns say when a user tagged, not when music was released, so they are ignored.
/// </summary>
public static class LastFmImporter
{
    public static IReadOnlyList<string> RequiredFiles { get; } =
        ["artists.dat", "tags.dat", "user_taggedartists.dat", "user_artists.dat"];

    private const int MostPlayedCount = 1000;

    /// <exception cref="FileNotFoundException">A required file is missing (the message names it and the directory).</exception>
    public static LastFmImport Import(string directory, LastFmRules? rules = null)
    {
        rules ??= LastFmRules.Default;
        var missing = RequiredFiles.Where(f => !File.Exists(Path.Combine(directory, f))).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException(
                $"HetRec data in '{directory}' is incomplete: missing {string.Join(", ", missing)} (expected the hetrec2011-lastfm-2k files).",
                Path.Combine(directory, missing[0]));
        }

        var files = RequiredFiles.ToDictionary(f => f, f => TabSeparatedFile.Read(Path.Combine(directory, f)));
        var skipped = 0;

        var names = new Dictionary<int, string>();
        skipped += files["artists.dat"].ForEachRow(2, (_, text, fields) =>
        {
            if (Int(text[fields[0]]) is { } id && !text[fields[1]].Trim().IsEmpty)
            {
                names[id] = text[fields[1]].Trim().ToString();
            }
        });

        var tags = new Dictionary<int, string>();
        skipped += files["tags.dat"].ForEachRow(2, (_, text, fields) =>
        {
            if (Int(text[fields[0]]) is { } id)
            {
                tags[id] = LastFmTagMapping.Normalize(text[fields[1]].ToString());
            }
        });

        var evidence = names.Keys.ToDictionary(id => id, _ => new ArtistTagEvidence());
        int applications = 0, mapped = 0, unknownRefs = 0;
        var mappedTagIds = new HashSet<int>();
        skipped += files["user_taggedartists.dat"].ForEachRow(3, (_, text, fields) =>
        {
            // Columns: userID, artistID, tagID, then day, month, year of tagging (not release dates: ignored).
            if (Int(text[fields[1]]) is not { } artistId || Int(text[fields[2]]) is not { } tagId
                || !evidence.TryGetValue(artistId, out var artist) || !tags.TryGetValue(tagId, out var tag))
            {
                unknownRefs++;
                return;
            }

            applications++;
            if (LastFmTagMapping.Find(tag) is { } meaning)
            {
                mapped++;
                mappedTagIds.Add(tagId);
                artist.Add(meaning);
            }
        });

        var histories = new Dictionary<int, List<Listen>>();
        skipped += files["user_artists.dat"].ForEachRow(3, (_, text, fields) =>
        {
            if (Int(text[fields[0]]) is not { } userId || Int(text[fields[1]]) is not { } artistId
                || Int(text[fields[2]]) is not { } plays || !names.ContainsKey(artistId))
            {
                unknownRefs++;
                return;
            }

            if (!histories.TryGetValue(userId, out var history))
            {
                histories[userId] = history = [];
            }

            history.Add(new Listen(artistId, plays));
        });

        var listeners = histories.Values.SelectMany(h => h).GroupBy(l => l.ArtistId)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Plays: g.Sum(l => (long)l.PlayCount)));
        var artists = names.OrderBy(n => n.Key).Select(n =>
        {
            var e = evidence[n.Key];
            var energy = e.Energy(rules);
            var heard = listeners.GetValueOrDefault(n.Key);
            return new ResearchArtist(
                n.Key, n.Value, e.Genres(rules), energy, energy is { } v ? MusicTaxonomy.MoodForEnergy(v) : null, e.Era(rules), heard.Count, heard.Plays);
        }).ToList();

        var catalog = new ResearchCatalog(
            artists,
            histories.OrderBy(h => h.Key).ToDictionary(h => h.Key, h => (IReadOnlyList<Listen>)[.. h.Value.OrderByDescending(l => l.PlayCount).ThenBy(l => l.ArtistId)]));
        var report = Report(directory, files, catalog, applications, mapped, tags.Count, tags.Where(t => mappedTagIds.Contains(t.Key)).Count(), skipped + unknownRefs);
        return new LastFmImport(catalog, report);
    }

    private static LastFmImportReport Report(
        string directory,
        Dictionary<string, TabSeparatedFile> files,
        ResearchCatalog catalog,
        int applications,
        int mapped,
        int distinctTags,
        int distinctMapped,
        int skipped)
    {
        var artists = catalog.Artists;
        var top = artists.OrderByDescending(a => a.Plays).ThenBy(a => a.Id).Take(MostPlayedCount).ToList();
        return new LastFmImportReport
        {
            Directory = directory,
            Artists = artists.Count,
            ArtistsWithGenre = artists.Count(a => a.GenreIds.Count > 0),
            ArtistsWithMood = artists.Count(a => a.MoodId is not null),
            ArtistsWithEra = artists.Count(a => a.EraId is not null),
            MostPlayed = (top.Count, top.Count(a => a.GenreIds.Count > 0), top.Count(a => a.MoodId is not null), top.Count(a => a.EraId is not null)),
            Users = catalog.Histories.Count,
            ListeningPairs = catalog.Histories.Values.Sum(h => h.Count),
            Plays = catalog.Histories.Values.Sum(h => h.Sum(l => (long)l.PlayCount)),
            TagApplications = applications,
            TagApplicationsMapped = mapped,
            DistinctTags = distinctTags,
            DistinctTagsMapped = distinctMapped,
            RowsSkipped = skipped,
            Encodings = files.ToDictionary(f => f.Key, f => f.Value.EncodingName),
            ArtistsPerGenre = artists.SelectMany(a => a.GenreIds).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count()),
            ArtistsPerMood = artists.Where(a => a.MoodId is not null).GroupBy(a => a.MoodId!).ToDictionary(g => g.Key, g => g.Count()),
            ArtistsPerEra = artists.Where(a => a.EraId is not null).GroupBy(a => a.EraId!).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    private static int? Int(ReadOnlySpan<char> text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
