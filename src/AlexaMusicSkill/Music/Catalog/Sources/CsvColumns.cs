using System.Globalization;

namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>
/// The header of one catalog CSV mapped to our field names, and typed access to a record's values. A value that
/// does not parse becomes an error finding and is remembered as unreadable so the validator does not also call
/// it missing.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _index;
    private readonly string _file;
    private readonly List<CatalogFinding> _findings;
    private readonly List<string> _unreadable = [];
    private CsvRecord _record;

    private CsvColumns(Dictionary<string, int> index, int count, string file, List<CatalogFinding> findings)
    {
        _index = index;
        Count = count;
        _file = file;
        _findings = findings;
    }

    public int Count { get; }

    /// <summary>Reads the header; null (with findings) when a required column is missing or named twice.</summary>
    public static CsvColumns? FromHeader(
        CsvRecord header, string[] known, string[] required, string file, List<CatalogFinding> findings)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var c = 0; c < header.Fields.Length; c++)
        {
            var name = header.Fields[c].Trim();
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

        return ok ? new CsvColumns(index, header.Fields.Length, file, findings) : null;
    }

    /// <summary>Moves to a record and forgets the previous record's unreadable fields.</summary>
    public void Use(CsvRecord record)
    {
        _record = record;
        _unreadable.Clear();
    }

    public IReadOnlyList<string> Unreadable => _unreadable.Count == 0 ? [] : [.. _unreadable];

    public string? Text(string field)
    {
        if (!_index.TryGetValue(field, out var c) || c >= _record.Fields.Length)
        {
            return null;
        }

        var value = _record.Fields[c].AsSpan().Trim();
        return value.IsEmpty ? null : value.Length == _record.Fields[c].Length ? _record.Fields[c] : value.ToString();
    }

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
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Unparsable(field, $"'{text}' is not a number (use a dot for decimals, e.g. 0.35)");
        return null;
    }

    public int? WholeNumber(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Unparsable(field, $"'{text}' is not a whole number");
        return null;
    }

    private void Unparsable(string field, string why)
    {
        _unreadable.Add(field);
        _findings.Add(new(FindingSeverity.Error, _file, _record.Line, field, why));
    }
}
