using AlexaMusicSkill.Music.Catalog.Sources;
using AlexaMusicSkill.Music.Taxonomy;
using F = AlexaMusicSkill.Music.Catalog.Sources.CatalogFields;

namespace AlexaMusicSkill.Music.Catalog;

/// <summary>The track half of <see cref="CatalogValidator"/>: one pass over the track rows.</summary>
internal sealed class TrackRowChecks(
    CatalogDraft draft,
    string mediaBaseUrl,
    IReadOnlyDictionary<string, ArtistRow> artists,
    CatalogRules rules,
    List<CatalogFinding> findings)
{
    /// <summary>A track this far from its artist's energy is probably a typo (or a very unusual song).</summary>
    public const double EnergyGapWarning = 0.4;

    /// <summary>Alexa's limit for an AudioPlayer stream URL; SSML audio URLs are held to it too.</summary>
    public const int MaxUrlLength = 8000;

    private readonly string _file = draft.TracksFile;

    public void Run()
    {
        var byId = new Dictionary<string, TrackRow>(draft.Tracks.Count, StringComparer.Ordinal);
        var byTitle = new Dictionary<(string, string), TrackRow>(draft.Tracks.Count);
        var baseUrlChecked = false;
        foreach (var row in draft.Tracks)
        {
            if (row.Id is { } id && !byId.TryAdd(id, row))
            {
                Error(row, F.Id, $"id '{id}' is already used by the track on line {byId[id].Line}");
            }

            if (row.Unreadable)
            {
                continue;
            }

            var artist = CheckArtist(row);
            if (row.Id is null)
            {
                Error(row, F.Id, "is required");
            }
            else if (Ids.WhyNotTrackId(row.Id, artist?.Id) is { } why)
            {
                Error(row, F.Id, why);
            }

            if (string.IsNullOrWhiteSpace(row.Title))
            {
                Required(row, F.Title);
            }
            else if (row.ArtistId is not null && !byTitle.TryAdd((row.ArtistId, NameKey.Of(row.Title)), row))
            {
                Error(row, F.Title, $"'{row.Title}' by '{row.ArtistId}' is already listed on line {byTitle[(row.ArtistId, NameKey.Of(row.Title))].Line}");
            }

            CheckAttributes(row, artist);
            CheckDuration(row);
            if (row.Id is not null)
            {
                var relative = CheckMedia(row, F.Sample, row.Sample ?? SampleRules.DefaultSamplePath(row.Id), isSample: true)
                    | CheckMedia(row, F.Stream, row.Stream ?? SampleRules.DefaultStreamPath(row.Id), isSample: false);
                if (relative && !baseUrlChecked)
                {
                    baseUrlChecked = true;
                    if (MediaLocation.CheckBaseUrl(mediaBaseUrl) is { } badBase)
                    {
                        findings.Add(new(FindingSeverity.Error, "MEDIA_BASE_URL", 0, string.Empty, $"{badBase}; tracks use relative media paths"));
                    }
                }
            }

            CheckSampleFormat(row);
        }
    }

    private ArtistRow? CheckArtist(TrackRow row)
    {
        if (row.ArtistId is null)
        {
            Required(row, F.ArtistId);
            return null;
        }

        if (artists.TryGetValue(row.ArtistId, out var artist))
        {
            return artist;
        }

        Error(row, F.ArtistId, $"artist '{row.ArtistId}' is not in {draft.ArtistsFile}");
        return null;
    }

    private void CheckAttributes(TrackRow row, ArtistRow? artist)
    {
        Attributes.CheckGenres(row.Genres, required: false, _file, row.Line, findings);

        // A stated mood must agree with the energy the track ends up with, its own or its artist's.
        var energyOk = Attributes.CheckEnergy(row.Energy, _file, row.Line, findings);
        var energy = energyOk ? row.Energy ?? artist?.Energy : null;
        Attributes.CheckMood(row.Mood, energy is >= 0 and <= 1 ? energy : null, _file, row.Line, findings);

        if (row.Energy is { } own && artist?.Energy is { } artistEnergy && Math.Abs(own - artistEnergy) > EnergyGapWarning)
        {
            Warning(row, F.Energy, $"energy {Attributes.Format(own)} is far from the artist's {Attributes.Format(artistEnergy)}; check one of them");
        }

        Attributes.CheckEra(row.Era, _file, row.Line, findings);
        if (row.Year is { } year)
        {
            if (year < 1600 || year > rules.LatestYear)
            {
                Error(row, F.Year, $"year {year} is not a plausible release year (1600–{rules.LatestYear})");
            }
            else if (MusicTaxonomy.FindEra(row.Era) is { } era && !era.Contains(year))
            {
                Error(row, F.Era, $"era {era.Id} ({era.FirstYear}–{era.LastYear}) does not contain the year {year}; leave era empty to derive it");
            }
        }

        Attributes.CheckPopularity(row.Popularity, _file, row.Line, findings);
    }

    private void CheckDuration(TrackRow row)
    {
        if (row.DurationSeconds is not { } seconds)
        {
            if (!row.UnreadableFields.Contains(F.DurationSeconds))
            {
                Required(row, F.DurationSeconds);
            }
        }
        else if (seconds <= 0 || seconds > 6 * 3600)
        {
            Error(row, F.DurationSeconds, $"{Attributes.Format(seconds)} s is not a plausible track length (0–21600 s)");
        }
    }

    /// <returns>True when the location is relative (so the media base URL matters).</returns>
    private bool CheckMedia(TrackRow row, string field, string location, bool isSample)
    {
        if (MediaLocation.Check(location) is { } why)
        {
            Error(row, field, why);
        }
        else if (MediaLocation.ResolvedLength(location, mediaBaseUrl) > MaxUrlLength)
        {
            Error(row, field, $"the URL is longer than the {MaxUrlLength:N0} characters Alexa accepts");
        }
        else if (isSample && MediaLocation.ExtensionOf(location) is { IsEmpty: false } extension
                 && !extension.Equals(".mp3", StringComparison.OrdinalIgnoreCase))
        {
            Error(row, field, $"'{location}' ends in '{extension}'; SSML samples must be MP3 files");
        }

        return !MediaLocation.IsAbsolute(location);
    }

    private void CheckSampleFormat(TrackRow row)
    {
        if (row.SampleFormat is { } format && !format.Equals(SampleRules.Format, StringComparison.OrdinalIgnoreCase))
        {
            Error(row, F.SampleFormat, $"'{format}' is not allowed; Alexa's SSML audio plays only MP3 samples");
        }

        if (row.SampleBitrateKbps is { } kbps && kbps != SampleRules.BitrateKbps)
        {
            Error(row, F.SampleBitrateKbps, $"{kbps} kbps is not allowed; SSML samples must be exactly {SampleRules.BitrateKbps} kbps (re-encode with -b:a 48k)");
        }

        if (row.SampleRateHz is { } hz && !SampleRules.RatesHz.Contains(hz))
        {
            Error(row, F.SampleRateHz, $"{hz} Hz is not allowed; SSML samples must be 16000, 22050 or 24000 Hz");
        }

        if (row.SampleSeconds is { } seconds)
        {
            if (seconds <= 0 || seconds > SampleRules.MaxSeconds)
            {
                Error(row, F.SampleSeconds, $"{Attributes.Format(seconds)} s is not allowed; a sample must be longer than 0 and at most {SampleRules.MaxSeconds} s");
            }
            else if (row.DurationSeconds is { } duration && seconds > duration)
            {
                Warning(row, F.SampleSeconds, $"the {Attributes.Format(seconds)} s sample is longer than the {Attributes.Format(duration)} s track");
            }
        }
    }

    private void Required(TrackRow row, string field)
    {
        if (!row.UnreadableFields.Contains(field))
        {
            Error(row, field, "is required");
        }
    }

    private void Error(TrackRow row, string field, string why) => findings.Add(new(FindingSeverity.Error, _file, row.Line, field, why));

    private void Warning(TrackRow row, string field, string why) => findings.Add(new(FindingSeverity.Warning, _file, row.Line, field, why));
}
