using System.Text;
using Parquet;
using Parquet.Schema;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// Rebuilds the rows of a Parquet file as row trees (a struct is a dictionary keyed case-insensitively, a list a list,
/// a value boxed) from each leaf column's values and definition / repetition levels (record assembly), walking the
/// file's own schema tree, so any list layout reads. Parquet.Net 6.1's object deserializer drops null list elements (a
/// missing feature inside <c>features</c> would shift every later feature), so records are read this way; the inverse
/// is <see cref="ParquetRowShredder"/>.
/// </summary>
internal static class ParquetRowAssembler
{
    public static async Task<IReadOnlyList<Dictionary<string, object?>>> ReadRowsAsync(Stream source, CancellationToken cancellationToken)
    {
        await using var reader = await ParquetReader.CreateAsync(source, cancellationToken: cancellationToken);
        var rows = new List<Dictionary<string, object?>>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var groupRows = Enumerable.Range(0, checked((int)group.RowCount)).Select(_ => NewStruct()).ToArray();
            foreach (var chain in LeafPaths.Of(reader.Schema.Fields))
            {
                var leaf = (DataField)chain[^1];
                if (group.ColumnExists(leaf))
                {
                    var column = await ReadColumnAsync(group, leaf, cancellationToken);
                    Assemble(groupRows, chain, column);
                }
            }

            rows.AddRange(groupRows);
        }

        return rows;
    }

    private static async Task<LeafColumn> ReadColumnAsync(ParquetRowGroupReader group, DataField leaf, CancellationToken cancellationToken)
    {
        var count = checked((int)(group.GetMetadata(leaf)?.MetaData?.NumValues ?? throw new InvalidDataException($"Column '{leaf.Path}' has no metadata.")));
        var definitions = new int[count];
        var repetitions = new int[count];
        var type = Nullable.GetUnderlyingType(leaf.ClrType) ?? leaf.ClrType;
        object[] values = type switch
        {
            _ when type == typeof(ReadOnlyMemory<char>) => await ReadAsync<ReadOnlyMemory<char>>(v => v.ToString()),
            _ when type == typeof(ReadOnlyMemory<byte>) => await ReadAsync<ReadOnlyMemory<byte>>(v => Encoding.UTF8.GetString(v.Span)),
            _ when type == typeof(int) => await ReadAsync<int>(v => v),
            _ when type == typeof(long) => await ReadAsync<long>(v => v),
            _ when type == typeof(bool) => await ReadAsync<bool>(v => v),
            _ when type == typeof(double) => await ReadAsync<double>(v => v),
            _ when type == typeof(float) => await ReadAsync<float>(v => v),
            _ => throw new NotSupportedException($"Parquet column '{leaf.Path}' has type {type.Name}, which the records schema does not use."),
        };
        return new LeafColumn(values, definitions, repetitions);

        async Task<object[]> ReadAsync<T>(Func<T, object> convert)
            where T : struct
        {
            // Values come back packed (only the non-null ones); the levels say where each one goes.
            var raw = new T[count];
            await group.ReadRawAsync<T>(leaf, raw.AsMemory(), definitions.AsMemory(), repetitions.AsMemory(), cancellationToken);
            var present = definitions.Count(d => d == leaf.MaxDefinitionLevel);
            return [.. raw.Take(present).Select(convert)];
        }
    }

    /// <summary>Writes one leaf column into the rows: each entry's repetition level says which list element it extends.</summary>
    private static void Assemble(Dictionary<string, object?>[] rows, Field[] chain, LeafColumn column)
    {
        var row = -1;
        var next = 0;
        var indexes = new int[chain.Length + 1];
        for (var e = 0; e < column.Definitions.Length; e++)
        {
            var d = column.Definitions[e];
            var r = column.Repetitions[e];
            if (r == 0)
            {
                row++;
                Array.Clear(indexes);
            }

            Slot slot = new StructSlot(rows[row], chain[0].Name);
            var definition = 0;
            var repetition = 0;
            for (var i = 0; i < chain.Length; i++)
            {
                var field = chain[i];
                if (field is DataField)
                {
                    var present = !field.IsNullable || d > definition;
                    slot.Set(present ? column.Values[next++] : null);
                    break;
                }

                if (field.IsNullable && ++definition > d)
                {
                    slot.SetNullIfAbsent();
                    break;
                }

                if (field is StructField)
                {
                    var obj = slot.EnsureStruct();
                    slot = new StructSlot(obj, chain[i + 1].Name);
                    continue;
                }

                // A list: the repeated group adds a level of each kind; below it the list is empty.
                var array = slot.EnsureList();
                definition++;
                repetition++;
                if (d < definition)
                {
                    break;
                }

                indexes[repetition] = r < repetition ? 0 : r == repetition ? indexes[repetition] + 1 : indexes[repetition];
                slot = new ListSlot(array, indexes[repetition]);
            }
        }
    }

    private sealed record LeafColumn(object[] Values, int[] Definitions, int[] Repetitions);

    /// <summary>A struct of a row tree: names compare case-insensitively, as the JSON lines' keys always have.</summary>
    private static Dictionary<string, object?> NewStruct() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the next node goes: a field of a struct, or an element of a list (grown as needed).</summary>
    private abstract record Slot
    {
        public abstract object? Current { get; }

        public abstract void Set(object? node);

        public void SetNullIfAbsent()
        {
            if (Current is null)
            {
                Set(null);
            }
        }

        public Dictionary<string, object?> EnsureStruct()
        {
            if (Current is Dictionary<string, object?> existing)
            {
                return existing;
            }

            var created = NewStruct();
            Set(created);
            return created;
        }

        public List<object?> EnsureList()
        {
            if (Current is List<object?> existing)
            {
                return existing;
            }

            var created = new List<object?>();
            Set(created);
            return created;
        }
    }

    private sealed record StructSlot(Dictionary<string, object?> Parent, string Name) : Slot
    {
        public override object? Current => Parent.GetValueOrDefault(Name);

        public override void Set(object? node) => Parent[Name] = node;
    }

    private sealed record ListSlot(List<object?> Parent, int Index) : Slot
    {
        public override object? Current => Index < Parent.Count ? Parent[Index] : null;

        public override void Set(object? node)
        {
            while (Parent.Count <= Index)
            {
                Parent.Add(null);
            }

            Parent[Index] = node;
        }
    }
}
