using System.Text;

namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>One CSV record: the 1-based line it starts on and its unescaped fields.</summary>
internal readonly record struct CsvRecord(int Line, string[] Fields);

/// <summary>A structural CSV problem; after one, the rest of the file cannot be trusted.</summary>
internal readonly record struct CsvSyntaxError(int Line, string Message);

/// <summary>
/// A hand-written RFC 4180 reader over a span (no allocations beyond the field strings, no regex), because the
/// built-in catalog is parsed at Lambda cold start. Accepts CRLF or LF, skips blank lines and a UTF-8 BOM;
/// quoted fields may hold commas, doubled quotes and line breaks.
/// </summary>
internal static class CsvText
{
    public static List<CsvRecord> Parse(string text, out CsvSyntaxError? error)
    {
        error = null;
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var span = text.AsSpan();
        var i = span.Length > 0 && span[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        StringBuilder? quoted = null;

        while (i < span.Length)
        {
            if (SkipLineBreak(span, ref i))
            {
                line++;
                continue;
            }

            var recordLine = line;
            fields.Clear();
            while (true)
            {
                if (i < span.Length && span[i] == '"')
                {
                    quoted ??= new StringBuilder();
                    quoted.Clear();
                    var fieldLine = line;
                    i++;
                    var segment = i;
                    while (true)
                    {
                        if (i >= span.Length)
                        {
                            error = new CsvSyntaxError(fieldLine, "a quoted field starting on this line is never closed");
                            return records;
                        }

                        var c = span[i];
                        if (c == '"')
                        {
                            quoted.Append(span[segment..i]);
                            if (i + 1 < span.Length && span[i + 1] == '"')
                            {
                                quoted.Append('"');
                                i += 2;
                                segment = i;
                                continue;
                            }

                            i++;
                            break;
                        }

                        if (c == '\n' || (c == '\r' && (i + 1 >= span.Length || span[i + 1] != '\n')))
                        {
                            line++;
                        }

                        i++;
                    }

                    fields.Add(quoted.ToString());
                    if (i < span.Length && span[i] is not (',' or '\r' or '\n'))
                    {
                        error = new CsvSyntaxError(line, $"field {fields.Count} has text after its closing quote; quote the whole field and double any quotes inside it");
                        return records;
                    }
                }
                else
                {
                    var start = i;
                    while (i < span.Length && span[i] is not (',' or '\r' or '\n'))
                    {
                        if (span[i] == '"')
                        {
                            error = new CsvSyntaxError(line, $"field {fields.Count + 1} has a quote inside an unquoted value; quote the whole field and double the quotes inside it");
                            return records;
                        }

                        i++;
                    }

                    fields.Add(i == start ? string.Empty : span[start..i].ToString());
                }

                if (i < span.Length && span[i] == ',')
                {
                    i++;
                    continue;
                }

                if (SkipLineBreak(span, ref i))
                {
                    line++;
                }

                break;
            }

            records.Add(new CsvRecord(recordLine, [.. fields]));
        }

        return records;
    }

    private static bool SkipLineBreak(ReadOnlySpan<char> span, ref int i)
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
