using F = AlexaMusicSkill.Music.Catalog.Sources.CatalogFields;

namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>Reads the two-file CSV form (<c>artists.csv</c>, <c>tracks.csv</c>; header row required) into rows.</summary>
internal static class CatalogCsvReader
{
    public static RowsRead<ArtistRow> ReadArtists(ReadOnlyMemory<byte> text, string file, List<CatalogFinding> findings) =>
        Read(text, file, F.ArtistColumns, F.RequiredArtistColumns, findings, static (columns, line) => new ArtistRow
        {
            Id = columns.Text(F.Id),
            Name = columns.Text(F.Name),
            Genres = columns.List(F.Genres),
            Mood = columns.Text(F.Mood),
            Energy = columns.Number(F.Energy),
            Era = columns.Text(F.Era),
            Popularity = columns.WholeNumber(F.Popularity),
            Synonyms = columns.List(F.Synonyms),
            Line = line,
            UnreadableFields = columns.Unreadable,
        }, static (id, line) => new ArtistRow { Id = id, Line = line, Unreadable = true });

    public static RowsRead<TrackRow> ReadTracks(ReadOnlyMemory<byte> text, string file, List<CatalogFinding> findings) =>
        Read(text, file, F.TrackColumns, F.RequiredTrackColumns, findings, static (columns, line) => new TrackRow
        {
            Id = columns.Text(F.Id),
            ArtistId = columns.Text(F.ArtistId),
            Title = columns.Text(F.Title),
            Year = columns.WholeNumber(F.Year),
            Genres = columns.List(F.Genres),
            Mood = columns.Text(F.Mood),
            Energy = columns.Number(F.Energy),
            Era = columns.Text(F.Era),
            Popularity = columns.WholeNumber(F.Popularity),
            DurationSeconds = columns.Number(F.DurationSeconds),
            Sample = columns.Text(F.Sample),
            Stream = columns.Text(F.Stream),
            SampleFormat = columns.Text(F.SampleFormat),
            SampleBitrateKbps = columns.WholeNumber(F.SampleBitrateKbps),
            SampleRateHz = columns.WholeNumber(F.SampleRateHz),
            SampleSeconds = columns.Number(F.SampleSeconds),
            Line = line,
            UnreadableFields = columns.Unreadable,
        }, static (id, line) => new TrackRow { Id = id, Line = line, Unreadable = true });

    private static RowsRead<TRow> Read<TRow>(
        ReadOnlyMemory<byte> text,
        string file,
        string[] known,
        string[] required,
        List<CatalogFinding> findings,
        Func<CsvColumns, int, TRow> toRow,
        Func<string?, int, TRow> placeholder)
    {
        var csv = new CsvText(text);
        if (!csv.TryRead(out var header))
        {
            return Refuse<TRow>(csv, file, known, findings);
        }

        var columns = CsvColumns.FromHeader(csv, header, known, required, file, findings);
        if (columns is null)
        {
            return new([], false);
        }

        var rows = new List<TRow>(text.Length / 64);
        while (csv.TryRead(out var record))
        {
            columns.Use(record);
            if (record.FieldCount != columns.Count)
            {
                findings.Add(new(FindingSeverity.Error, file, record.Line, string.Empty,
                    $"the row has {record.FieldCount} fields but the header has {columns.Count}; a value with a comma must be in double quotes"));

                // Keep the id so tracks that point at this row are not also reported as dangling.
                rows.Add(placeholder(columns.Text(F.Id), record.Line));
                continue;
            }

            rows.Add(toRow(columns, record.Line));
        }

        if (csv.Error is not null)
        {
            return Refuse<TRow>(csv, file, known, findings);
        }

        return new(rows, true);
    }

    private static RowsRead<TRow> Refuse<TRow>(CsvText csv, string file, string[] known, List<CatalogFinding> findings)
    {
        findings.Add(csv.Error is { } bad
            ? new(FindingSeverity.Error, file, bad.Line, string.Empty, bad.Message)
            : new(FindingSeverity.Error, file, 1, string.Empty, $"the file is empty; it needs a header row ({string.Join(",", known)})"));
        return new([], false);
    }
}
