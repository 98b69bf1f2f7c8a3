using System.Collections;
using System.Globalization;
using Parquet.Schema;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// The columns of one struct of the records table, in order, each declared once with its Parquet type, a getter and a
/// setter (<c>(x, v) =&gt; x with { P = v }</c>): writing turns a <typeparamref name="T"/> into a row tree, reading
/// starts from <c>seed</c> and puts back each non-null value. A null value keeps the seed's default (the record's own),
/// or fails when the column is <c>required</c>: the same defaults the JSON lines have for a missing key.
/// </summary>
internal sealed class ColumnMap<T>(Func<T>? seed = null)
{
    private readonly List<Column<T>> _columns = [];

    public IReadOnlyList<Column<T>> Columns => _columns;

    public IEnumerable<Field> NewFields() => _columns.Select(c => c.NewField());

    public ColumnMap<T> Text(string name, Func<T, string?> get, Func<T, string, T>? set, bool required = false) =>
        Add(name, () => new DataField<string>(name), t => get(t), Scalar(set, v => v as string ?? throw new InvalidCastException($"{v.GetType().Name} is not a string.")), required);

    public ColumnMap<T> Int(string name, Func<T, int?> get, Func<T, int, T>? set, bool required = false) =>
        Add(name, () => new DataField<int?>(name), t => get(t), Scalar(set, v => Convert.ToInt32(v, CultureInfo.InvariantCulture)), required);

    public ColumnMap<T> Double(string name, Func<T, double?> get, Func<T, double, T>? set, bool required = false) =>
        Add(name, () => new DataField<double?>(name), t => get(t), Scalar(set, v => Convert.ToDouble(v, CultureInfo.InvariantCulture)), required);

    public ColumnMap<T> Bool(string name, Func<T, bool?> get, Func<T, bool, T>? set, bool required = false) =>
        Add(name, () => new DataField<bool?>(name), t => get(t), Scalar(set, v => Convert.ToBoolean(v, CultureInfo.InvariantCulture)), required);

    public ColumnMap<T> Struct<TItem>(string name, Func<T, TItem?> get, Func<T, TItem, T> set, ColumnMap<TItem> map, bool required = false)
        where TItem : class =>
        Add(
            name,
            () => new StructField(name, [.. map.NewFields()]),
            t => get(t) is { } item ? map.Write(item) : null,
            (t, v, path) => set(t, map.Read(StructOf(v, path), path)),
            required);

    /// <summary>A list of structs; a null element is refused (the writer never writes one).</summary>
    public ColumnMap<T> Structs<TItem>(string name, Func<T, IEnumerable<TItem>> get, Func<T, TItem[], T> set, ColumnMap<TItem> map) =>
        Add(
            name,
            () => new ListField(name, new StructField(ListField.ElementName, [.. map.NewFields()])),
            t => ListOf(get(t), map.Write),
            (t, v, path) => set(t, [.. ItemsOf(v, path).Select(e => map.Read(StructOf(e, path), path))]),
            required: false);

    /// <summary>A list of ids; a null element (which this writer never writes) is left out.</summary>
    public ColumnMap<T> Texts(string name, Func<T, IEnumerable<string>> get, Func<T, string[], T> set) =>
        Add(
            name,
            () => new ListField(name, new DataField<string>(ListField.ElementName)),
            t => ListOf(get(t), s => s),
            (t, v, path) => set(t, [.. ItemsOf(v, path).OfType<string>()]),
            required: false);

    /// <summary>A list of features: a missing one (NaN, or any non-finite value) is a null element, as in the JSON lines.</summary>
    public ColumnMap<T> Floats(string name, Func<T, float[]> get, Func<T, float[], T> set) =>
        Add(
            name,
            () => new ListField(name, new DataField<float?>(ListField.ElementName)),
            t => ListOf(get(t), f => float.IsFinite(f) ? f : (float?)null),
            (t, v, path) => set(t, [.. ItemsOf(v, path).Select(f => f is null ? float.NaN : Convert.ToSingle(f, CultureInfo.InvariantCulture))]),
            required: false);

    /// <summary>Appends the columns of a derived type's map: null in rows of other types, and ignored when reading them.</summary>
    public ColumnMap<T> Subtype<TSub>(ColumnMap<TSub> map)
        where TSub : T
    {
        foreach (var column in map.Columns)
        {
            AddColumn(new Column<T>(
                column.Name,
                column.NewField,
                t => t is TSub sub ? column.Write(sub) : null,
                (t, v, parent) => t is TSub sub ? column.Read(sub, v, parent) : t));
        }

        return this;
    }

    public Dictionary<string, object?> Write(T source)
    {
        var row = new Dictionary<string, object?>(_columns.Count, StringComparer.Ordinal);
        foreach (var column in _columns)
        {
            row[column.Name] = column.Write(source);
        }

        return row;
    }

    public T Read(IReadOnlyDictionary<string, object?> row, string path) =>
        ReadInto((seed ?? throw new InvalidOperationException($"The map for {typeof(T).Name} has no seed; read into a record instead."))(), row, path);

    public T ReadInto(T target, IReadOnlyDictionary<string, object?> row, string path)
    {
        foreach (var column in _columns)
        {
            target = column.Read(target, row.GetValueOrDefault(column.Name), path);
        }

        return target;
    }

    private static Func<T, object, string, T>? Scalar<TValue>(Func<T, TValue, T>? set, Func<object, TValue> convert) =>
        set is null ? null : (t, v, _) => set(t, convert(v));

    /// <summary>A typed array, so a long list of features holds no boxes until it is written.</summary>
    private static TOut[] ListOf<TItem, TOut>(IEnumerable<TItem> items, Func<TItem, TOut> write) => [.. items.Select(write)];

    private static IEnumerable<object?> ItemsOf(object value, string path) =>
        value is IList items ? items.Cast<object?>() : throw new InvalidDataException($"Column '{path}' is not a list.");

    private static IReadOnlyDictionary<string, object?> StructOf(object? value, string path) =>
        value as IReadOnlyDictionary<string, object?>
        ?? throw new InvalidDataException($"Column '{path}' holds {(value is null ? "a null element" : "a non-struct value")} where a struct belongs.");

    /// <param name="read">Null for a derived column: written for queries, never read back.</param>
    private ColumnMap<T> Add(string name, Func<Field> newField, Func<T, object?> write, Func<T, object, string, T>? read, bool required) =>
        AddColumn(new Column<T>(name, newField, write, (target, value, parent) =>
        {
            var path = parent.Length == 0 ? name : parent + "." + name;
            if (read is null)
            {
                return target;
            }

            if (value is null)
            {
                return required ? throw new InvalidDataException($"Column '{path}' is null in a row that needs it.") : target;
            }

            try
            {
                return read(target, value, path);
            }
            catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
            {
                throw new InvalidDataException($"Column '{path}': {e.Message}", e);
            }
        }));

    private ColumnMap<T> AddColumn(Column<T> column)
    {
        if (_columns.Any(c => string.Equals(c.Name, column.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"Column '{column.Name}' is declared twice in the map for {typeof(T).Name}.", nameof(column));
        }

        _columns.Add(column);
        return this;
    }
}
