using AlexaMusicSkill.Music.Catalog.Sources;
using AlexaMusicSkill.Music.Taxonomy;
using F = AlexaMusicSkill.Music.Catalog.Sources.CatalogFields;

namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// Checks a catalog draft without downloading anything: ids (format, unique), taxonomy ids, ranges, references,
/// duplicates, https media and the SSML sample constraints. Errors refuse the catalog; warnings do not.
/// </summary>
public sealed class CatalogValidator
{
    private readonly CatalogDraft _draft;
    private readonly string _mediaBaseUrl;
    private readonly CatalogRules _rules;
    private readonly List<CatalogFinding> _findings = [];
    private readonly Dictionary<string, ArtistRow> _artistsById = new(StringComparer.Ordinal);

    private CatalogValidator(CatalogDraft draft, string mediaBaseUrl, CatalogRules rules)
    {
        _draft = draft;
        _mediaBaseUrl = mediaBaseUrl;
        _rules = rules;
    }

    /// <summary>Every finding for <paramref name="draft"/>, in source order (artists first).</summary>
    public static IReadOnlyList<CatalogFinding> Validate(CatalogDraft draft, string mediaBaseUrl, CatalogRules? rules = null)
    {
        var validator = new CatalogValidator(draft, mediaBaseUrl, rules ?? CatalogRules.BringYourOwn);
        validator.CheckArtists();
        new TrackRowChecks(draft, mediaBaseUrl, validator._artistsById, validator._rules, validator._findings).Run();
        validator.CheckArtistTracks();
        return validator._findings;
    }

    private void CheckArtists()
    {
        var file = _draft.ArtistsFile;
        var byName = new Dictionary<string, ArtistRow>(StringComparer.Ordinal);
        var spoken = new Dictionary<string, ArtistRow>(StringComparer.Ordinal);
        foreach (var row in _draft.Artists)
        {
            if (row.Id is { } id && !_artistsById.TryAdd(id, row))
            {
                Error(file, row.Line, F.Id, $"id '{id}' is already used by the artist on line {_artistsById[id].Line}");
            }

            if (row.Unreadable)
            {
                continue;
            }

            var why = row.Id is null ? "is required" : Ids.WhyNotSlug(row.Id);
            if (why is not null)
            {
                Error(file, row.Line, F.Id, why);
            }

            if (Required(file, row.Line, F.Name, row.Name, row.UnreadableFields) is { } name)
            {
                if (!byName.TryAdd(NameKey.Of(name), row))
                {
                    Error(file, row.Line, F.Name, $"'{name}' is the same spoken name as the artist on line {byName[NameKey.Of(name)].Line}; a listener could not tell them apart");
                }

                spoken.TryAdd(NameKey.Of(name), row);
            }

            Attributes.CheckGenres(row.Genres, required: true, file, row.Line, _findings);
            if (row.Energy is null && !row.UnreadableFields.Contains(F.Energy))
            {
                Error(file, row.Line, F.Energy, "is required (a number from 0, calm, to 1, intense)");
            }

            var energyOk = Attributes.CheckEnergy(row.Energy, file, row.Line, _findings);
            Attributes.CheckMood(row.Mood, energyOk ? row.Energy : null, file, row.Line, _findings);
            Attributes.CheckEra(row.Era, file, row.Line, _findings);
            Attributes.CheckPopularity(row.Popularity, file, row.Line, _findings);
        }

        foreach (var row in _draft.Artists.Where(a => !a.Unreadable))
        {
            foreach (var synonym in row.Synonyms ?? [])
            {
                if (spoken.TryGetValue(NameKey.Of(synonym), out var other) && other != row)
                {
                    Warning(file, row.Line, F.Synonyms, $"synonym '{synonym}' is also the name of '{other.Id}' (line {other.Line}); the listener's words would be ambiguous");
                }
            }
        }
    }

    private void CheckArtistTracks()
    {
        var tracks = _draft.Tracks.Where(t => t.ArtistId is not null).ToLookup(t => t.ArtistId!, StringComparer.Ordinal);
        foreach (var row in _draft.Artists.Where(a => !a.Unreadable && a.Id is not null))
        {
            var own = tracks[row.Id!].ToList();
            if (own.Count < _rules.MinTracksPerArtist)
            {
                var need = _rules.MinTracksPerArtist == 1 ? "at least one track" : $"at least {_rules.MinTracksPerArtist} tracks";
                Error(_draft.ArtistsFile, row.Line, F.Id, $"artist '{row.Id}' has {own.Count} track(s) in {_draft.TracksFile}; it needs {need}");
            }

            if (MusicTaxonomy.FindEra(row.Era) is { } era)
            {
                var years = own.Where(t => t.Year is not null).Select(t => t.Year!.Value).ToList();
                if (years.Count > 0 && !years.Any(era.Contains))
                {
                    Warning(_draft.ArtistsFile, row.Line, F.Era, $"era {era.Id} ({era.FirstYear}–{era.LastYear}) contains none of the artist's track years ({string.Join(", ", years)})");
                }
            }
        }
    }

    private string? Required(string file, int line, string field, string? value, IReadOnlyList<string> unreadable)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (!unreadable.Contains(field))
            {
                Error(file, line, field, "is required");
            }

            return null;
        }

        return value;
    }

    private void Error(string file, int line, string field, string why) =>
        _findings.Add(new(FindingSeverity.Error, file, line, field, why));

    private void Warning(string file, int line, string field, string why) =>
        _findings.Add(new(FindingSeverity.Warning, file, line, field, why));
}
