using System.Text;

namespace AlexaMusicSkill.Offline.Research.LastFm;

/// <summary>
/// One HetRec <c>.dat</c> file: tab-separated, a header row, CRLF or LF. The files do not agree on an encoding
/// (<c>artists.dat</c> is UTF-8, <c>tags.dat</c> ISO-8859-1), so each is decoded as strict UTF-8 and, if that
/// fails, as Latin-1, which cannot fail and is what the non-UTF-8 file actually is.
/// </summary>
internal sealed class TabSeparatedFile
{
    private readonly string _text;

    private TabSeparatedFile(string path, string text, string encodingName)
    {
        Path = path;
        _text = text;
        EncodingName = encodingName;
    }

    public string Path { get; }

    public string EncodingName { get; }

    public static TabSeparatedFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            return new TabSeparatedFile(path, utf8.GetString(bytes, start, bytes.Length - start), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return new TabSeparatedFile(path, Encoding.Latin1.GetString(bytes), "ISO-8859-1");
        }
    }

    /// <summary>
    /// Calls <paramref name="row"/> for every data row (header skipped, blank lines ignored) with the 1-based line
    /// number and the fields. Rows with fewer than <paramref name="minFields"/> fields are counted, not passed on.
    /// </summary>
    /// <returns>The number of malformed rows skipped.</returns>
    public int ForEachRow(int minFields, RowAction row)
    {
        var skipped = 0;
        var lineNumber = 0;
        Span<Range> ranges = stackalloc Range[16];
        foreach (var rawLine in _text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (lineNumber == 1 || line.IsWhiteSpace())
            {
                continue;
            }

            var count = line.Split(ranges, '\t');
            if (count < minFields)
            {
                skipped++;
                continue;
            }

            row(lineNumber, line, ranges[..count]);
        }

        return skipped;
    }

    /// <summary>Receives one row: its line, the line text and the ranges of its fields within it.</summary>
    public delegate void RowAction(int line, ReadOnlySpan<char> text, ReadOnlySpan<Range> fields);
}
