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
    private readonly Dictionary<string, ArtistRow> _artistsById;

    private CatalogValidator(CatalogDraft draft, string mediaBaseUrl, CatalogRules rules)
    {
        _draft = draft;
        _artistsById = new(draft.Artists.Count, StringComparer.Ordinal);
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
        var byName = new Dictionary<string, ArtistRow>(_draft.Artists.Count, StringComparer.Ordinal);
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
                var key = NameKey.Of(name);
                if (!byName.TryAdd(key, row))
                {
                    Error(file, row.Line, F.Name, $"'{name}' is the same spoken name as the artist on line {byName[key].Line}; a listener could not tell them apart");
                }
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
                if (byName.TryGetValue(NameKey.Of(synonym), out var other) && other != row)
                {
                    Warning(file, row.Line, F.Synonyms, $"synonym '{synonym}' is also the name of '{other.Id}' (line {other.Line}); the listener's words would be ambiguous");
                }
            }
        }
    }

    private void CheckArtistTracks()
    {
        // One pass over the tracks: how many each artist has, and whether any dated one falls in the artist's era.
        var tracks = new Dictionary<string, (int Count, bool Dated, bool InEra)>(_artistsById.Count, StringComparer.Ordinal);
        foreach (var track in _draft.Tracks)
        {
            if (track.ArtistId is { } artistId)
            {
                var (count, dated, inEra) = tracks.GetValueOrDefault(artistId);
                if (track.Year is { } year)
                {
                    dated = true;
                    inEra |= _artistsById.TryGetValue(artistId, out var artist) && MusicTaxonomy.FindEra(artist.Era) is { } era && era.Contains(year);
                }

                tracks[artistId] = (count + 1, dated, inEra);
            }
        }

        foreach (var row in _draft.Artists)
        {
            if (row.Unreadable || row.Id is null)
            {
                continue;
            }

            var (count, dated, inEra) = tracks.GetValueOrDefault(row.Id);
            if (count < _rules.MinTracksPerArtist)
            {
                var need = _rules.MinTracksPerArtist == 1 ? "at least one track" : $"at least {_rules.MinTracksPerArtist} tracks";
                Error(_draft.ArtistsFile, row.Line, F.Id, $"artist '{row.Id}' has {count} track(s) in {_draft.TracksFile}; it needs {need}");
            }

            if (dated && !inEra && MusicTaxonomy.FindEra(row.Era) is { } era)
            {
                var years = _draft.Tracks.Where(t => t.ArtistId == row.Id && t.Year is not null).Select(t => t.Year);
                Warning(_draft.ArtistsFile, row.Line, F.Era, $"era {era.Id} ({era.FirstYear}–{era.LastYear}) contains none of the artist's track years ({string.Join(", ", years)})");
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
