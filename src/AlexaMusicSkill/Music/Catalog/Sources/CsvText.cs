using System.Text;

namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>One CSV record: the 1-based line it starts on and how many fields it has.</summary>
internal readonly record struct CsvRecord(int Line, int FieldCount);

/// <summary>A structural CSV problem; after one, the rest of the file cannot be trusted.</summary>
internal readonly record struct CsvSyntaxError(int Line, string Message);

/// <summary>
/// A hand-written RFC 4180 reader over UTF-8 bytes, one record at a time. It notes where fields are instead of
/// copying them, so numbers parse straight from the bytes and only values a row keeps become strings: the built-in
/// catalog is parsed at Lambda cold start, where every allocated byte is a page touched for the first time.
/// Accepts CRLF or LF, skips blank lines and a UTF-8 BOM; quoted fields may hold commas, doubled quotes and line breaks.
/// </summary>
internal sealed class CsvText(ReadOnlyMemory<byte> utf8)
{
    private readonly List<(int Start, int Length, bool Quoted)> _fields = new(24);
    private int _position = utf8.Span.StartsWith("\uFEFF"u8) ? 3 : 0;
    private int _line = 1;

    /// <summary>Set when reading stopped at broken quoting.</summary>
    public CsvSyntaxError? Error { get; private set; }

    /// <summary>Moves to the next record; false at the end or after a syntax error (see <see cref="Error"/>).</summary>
    public bool TryRead(out CsvRecord record)
    {
        record = default;
        var span = utf8.Span;
        var i = _position;
        while (SkipLineBreak(span, ref i))
        {
            _line++;
        }

        if (i >= span.Length || Error is not null)
        {
            return false;
        }

        _fields.Clear();
        var recordLine = _line;
        while (true)
        {
            if (i < span.Length && span[i] == '"')
            {
                var fieldLine = _line;
                var start = ++i;
                while (true)
                {
                    if (i >= span.Length)
                    {
                        return Fail(fieldLine, "a quoted field starting on this line is never closed");
                    }

                    var c = span[i];
                    if (c == '"')
                    {
                        if (i + 1 < span.Length && span[i + 1] == '"')
                        {
                            i += 2;
                            continue;
                        }

                        break;
                    }

                    if (c == '\n' || (c == '\r' && (i + 1 >= span.Length || span[i + 1] != '\n')))
                    {
                        _line++;
                    }

                    i++;
                }

                _fields.Add((start, i - start, true));
                i++;
                if (i < span.Length && span[i] is not ((byte)',' or (byte)'\r' or (byte)'\n'))
                {
                    return Fail(_line, $"field {_fields.Count} has text after its closing quote; quote the whole field and double any quotes inside it");
                }
            }
            else
            {
                var start = i;
                var stop = span[i..].IndexOfAny(",\r\n\""u8);
                i = stop < 0 ? span.Length : i + stop;
                if (i < span.Length && span[i] == '"')
                {
                    return Fail(_line, $"field {_fields.Count + 1} has a quote inside an unquoted value; quote the whole field and double the quotes inside it");
                }

                _fields.Add((start, i - start, false));
            }

            if (i < span.Length && span[i] == ',')
            {
                i++;
                continue;
            }

            if (SkipLineBreak(span, ref i))
            {
                _line++;
            }

            break;
        }

        _position = i;
        record = new CsvRecord(recordLine, _fields.Count);
        return true;
    }

    /// <summary>The current record's field, trimmed of spaces and tabs (a quoted field still has doubled quotes).</summary>
    public ReadOnlySpan<byte> Raw(int index)
    {
        var (start, length, _) = _fields[index];
        return utf8.Span.Slice(start, length).Trim(" \t"u8);
    }

    /// <summary>The current record's field as text, unescaped and trimmed, or null when empty.</summary>
    public string? Value(int index)
    {
        var raw = Raw(index);
        if (raw.IsEmpty)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(raw);
        return _fields[index].Quoted && raw.Contains((byte)'"') ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }

    private bool Fail(int line, string message)
    {
        Error = new CsvSyntaxError(line, message);
        return false;
    }

    private static bool SkipLineBreak(ReadOnlySpan<byte> span, ref int i)
    {
        if (i >= span.Length)
        {
            return false;
        }

        if (span[i] == '\n')
        {
            i++;
            return true;
        }

        if (span[i] == '\r')
        {
            i += i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            return true;
        }

        return false;
    }
}
