using System.Globalization;
using System.Text;

namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>
/// The header of one catalog CSV mapped to our field names, and typed access to the current record's values. A
/// value that does not parse becomes an error finding and is remembered as unreadable so the validator does not
/// also call it missing.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _index;
    private readonly string[] _known;
    private readonly int[] _columnOfKnown;
    private readonly CsvText _csv;
    private readonly string _file;
    private readonly List<CatalogFinding> _findings;
    private readonly List<string> _unreadable = [];
    private CsvRecord _record;
    private int _cursor;

    private CsvColumns(Dictionary<string, int> index, string[] known, int count, CsvText csv, string file, List<CatalogFinding> findings)
    {
        _index = index;
        _known = known;
        _columnOfKnown = [.. known.Select(k => index.GetValueOrDefault(k, -1))];
        _csv = csv;
        Count = count;
        _file = file;
        _findings = findings;
    }

    public int Count { get; }

    public IReadOnlyList<string> Unreadable => _unreadable.Count == 0 ? [] : [.. _unreadable];

    /// <summary>Reads the header (the current record); null (with findings) when a required column is missing or named twice.</summary>
    public static CsvColumns? FromHeader(
        CsvText csv, CsvRecord header, string[] known, string[] required, string file, List<CatalogFinding> findings)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var c = 0; c < header.FieldCount; c++)
        {
            var name = csv.Value(c) ?? string.Empty;
            var field = Array.Find(known, k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                findings.Add(new(FindingSeverity.Warning, file, header.Line, name,
                    $"column '{name}' is not a catalog field and is ignored (known: {string.Join(", ", known)})"));
            }
            else if (!index.TryAdd(field, c))
            {
                findings.Add(new(FindingSeverity.Error, file, header.Line, field, $"column '{field}' appears twice in the header"));
                ok = false;
            }
        }

        foreach (var field in required.Where(r => !index.ContainsKey(r)))
        {
            findings.Add(new(FindingSeverity.Error, file, header.Line, field, $"the header has no '{field}' column, which is required"));
            ok = false;
        }

        return ok ? new CsvColumns(index, known, header.FieldCount, csv, file, findings) : null;
    }

    /// <summary>Moves to a record and forgets the previous record's unreadable fields.</summary>
    public void Use(CsvRecord record)
    {
        _record = record;
        _unreadable.Clear();
    }

    public string? Text(string field) => Column(field) is { } c ? _csv.Value(c) : null;

    public IReadOnlyList<string>? List(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        var items = text.Split(CatalogFields.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length == 0 ? null : items;
    }

    public double? Number(string field)
    {
        var raw = Column(field) is { } c ? _csv.Raw(c) : [];
        if (raw.IsEmpty)
        {
            return null;
        }

        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Unparsable(field, $"'{Encoding.UTF8.GetString(raw)}' is not a number (use a dot for decimals, e.g. 0.35)");
        return null;
    }

    public int? WholeNumber(string field)
    {
        var raw = Column(field) is { } c ? _csv.Raw(c) : [];
        if (raw.IsEmpty)
        {
            return null;
        }

        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Unparsable(field, $"'{Encoding.UTF8.GetString(raw)}' is not a whole number");
        return null;
    }

    private int? Column(string field)
    {
        // Rows read their fields in the order of the known-field list, so the next entry is almost always the one
        // asked for: one reference comparison instead of a hash lookup per field at cold start.
        var k = _cursor < _known.Length && ReferenceEquals(_known[_cursor], field) ? _cursor : Array.IndexOf(_known, field);
        _cursor = k + 1;
        var c = k >= 0 ? _columnOfKnown[k] : (_index.TryGetValue(field, out var found) ? found : -1);
        return c >= 0 && c < _record.FieldCount ? c : null;
    }

    private void Unparsable(string field, string why)
    {
        _unreadable.Add(field);
        _findings.Add(new(FindingSeverity.Error, _file, _record.Line, field, why));
    }
}
