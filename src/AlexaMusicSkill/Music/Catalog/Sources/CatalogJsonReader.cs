using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using F = AlexaMusicSkill.Music.Catalog.Sources.CatalogFields;

namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>
/// Reads the one-file JSON form <c>{"artists":[…],"tracks":[…]}</c>. Each element is deserialized on its own
/// (source-generated), so a bad value spoils one row, not the file, and every finding gets the element's line.
/// </summary>
internal static class CatalogJsonReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static (RowsRead<ArtistRow> Artists, RowsRead<TrackRow> Tracks) Read(
        ReadOnlySpan<byte> utf8, string file, List<CatalogFinding> findings)
    {
        var lines = new LineIndex(utf8);
        var artists = new List<ArtistRow>();
        var tracks = new List<TrackRow>();
        bool sawArtists = false, sawTracks = false;
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                findings.Add(new(FindingSeverity.Error, file, 1, string.Empty,
                    "the file must be one JSON object: {\"artists\": [...], \"tracks\": [...]}"));
                return (new([], false), new([], false));
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var line = lines.LineOf(reader.TokenStartIndex);
                reader.Read();
                if (name == "artists")
                {
                    sawArtists = ReadArray(ref reader, utf8, lines, file, name, findings, artists,
                        CatalogJsonContext.Default.ArtistRow, static (row, at) => row with { Line = at },
                        static (id, at) => new ArtistRow { Id = id, Line = at, Unreadable = true });
                }
                else if (name == "tracks")
                {
                    sawTracks = ReadArray(ref reader, utf8, lines, file, name, findings, tracks,
                        CatalogJsonContext.Default.TrackRow, static (row, at) => row with { Line = at },
                        static (id, at) => new TrackRow { Id = id, Line = at, Unreadable = true });
                }
                else
                {
                    findings.Add(new(FindingSeverity.Warning, file, line, name,
                        $"property '{name}' is not part of a catalog and is ignored (expected 'artists' and 'tracks')"));
                    reader.Skip();
                }
            }
        }
        catch (JsonException ex)
        {
            findings.Add(new(FindingSeverity.Error, file, (int)(ex.LineNumber ?? 0) + 1, string.Empty,
                $"the file is not valid JSON: {FirstSentence(ex.Message)}"));
            return (new([], false), new([], false));
        }

        foreach (var (seen, name) in new[] { (sawArtists, "artists"), (sawTracks, "tracks") })
        {
            if (!seen)
            {
                findings.Add(new(FindingSeverity.Error, file, 1, name, $"the '{name}' array is missing"));
            }
        }

        return (new(artists, sawArtists), new(tracks, sawTracks));
    }

    private static bool ReadArray<TRow>(
        ref Utf8JsonReader reader,
        ReadOnlySpan<byte> utf8,
        LineIndex lines,
        string file,
        string name,
        List<CatalogFinding> findings,
        List<TRow> rows,
        JsonTypeInfo<TRow> typeInfo,
        Func<TRow, int, TRow> locate,
        Func<string?, int, TRow> placeholder)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            findings.Add(new(FindingSeverity.Error, file, lines.LineOf(reader.TokenStartIndex), name, $"'{name}' must be an array of objects"));
            reader.Skip();
            return false;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            var line = lines.LineOf(start);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                findings.Add(new(FindingSeverity.Error, file, line, name, $"every element of '{name}' must be an object"));
                reader.Skip();
                continue;
            }

            reader.Skip();
            var element = utf8[start..(int)reader.BytesConsumed];
            try
            {
                rows.Add(locate(JsonSerializer.Deserialize(element, typeInfo)!, line));
            }
            catch (JsonException ex)
            {
                var field = FieldOf(ex.Path);
                findings.Add(new(FindingSeverity.Error, file, line + (int)(ex.LineNumber ?? 0), field,
                    $"the value has the wrong type; expected {ExpectedShape(field)}"));
                rows.Add(placeholder(IdOf(element), line));
            }
        }

        return true;
    }

    private static string FieldOf(string? path)
    {
        // Paths look like "$.energy" or "$.genres[1]".
        var field = path is null ? string.Empty : path.TrimStart('$', '.');
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        return bracket >= 0 ? field[..bracket] : field;
    }

    private static string ExpectedShape(string field) => field switch
    {
        F.Genres or F.Synonyms => "a list of strings, e.g. [\"ROCK\", \"INDIE\"]",
        F.Energy or F.DurationSeconds or F.SampleSeconds => "a number",
        F.Popularity or F.Year or F.SampleBitrateKbps or F.SampleRateHz => "a whole number",
        _ => "a string",
    };

    private static string? IdOf(ReadOnlySpan<byte> element)
    {
        var reader = new Utf8JsonReader(element, ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId && reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            reader.Skip();
        }

        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
