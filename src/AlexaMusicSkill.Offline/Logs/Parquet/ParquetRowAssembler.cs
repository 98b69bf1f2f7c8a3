using System.Text;
using System.Text.Json.Nodes;
using Parquet;
using Parquet.Schema;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// Rebuilds the rows of a Parquet file as JSON objects from each leaf column's values and definition / repetition
/// levels (record assembly), walking the file's own schema tree. Parquet.Net 6.1's object deserializer drops null list
/// elements (a missing feature inside <c>features</c> would shift every later feature), so records are read this way.
/// </summary>
internal static class ParquetRowAssembler
{
    public static async Task<IReadOnlyList<JsonObject>> ReadRowsAsync(Stream source, CancellationToken cancellationToken)
    {
        await using var reader = await ParquetReader.CreateAsync(source, cancellationToken: cancellationToken);
        var rows = new List<JsonObject>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var groupRows = Enumerable.Range(0, checked((int)group.RowCount)).Select(_ => new JsonObject()).ToArray();
            foreach (var chain in Leaves(reader.Schema.Fields, []))
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

    /// <summary>Every path from a top-level field to a leaf (lists contribute their item field).</summary>
    private static IEnumerable<Field[]> Leaves(IEnumerable<Field> fields, Field[] prefix)
    {
        foreach (var field in fields)
        {
            Field[] chain = [.. prefix, field];
            var children = field switch
            {
                StructField s => Leaves(s.Fields, chain),
                ListField l => Leaves([l.Item], chain),
                DataField => [chain],
                _ => throw new NotSupportedException($"Parquet field '{field.Path}' ({field.SchemaType}) is not part of the records schema."),
            };
            foreach (var leaf in children)
            {
                yield return leaf;
            }
        }
    }

    private static async Task<LeafColumn> ReadColumnAsync(ParquetRowGroupReader group, DataField leaf, CancellationToken cancellationToken)
    {
        var count = checked((int)(group.GetMetadata(leaf)?.MetaData?.NumValues ?? throw new InvalidDataException($"Column '{leaf.Path}' has no metadata.")));
        var definitions = new int[count];
        var repetitions = new int[count];
        var type = Nullable.GetUnderlyingType(leaf.ClrType) ?? leaf.ClrType;
        JsonNode?[] values = type switch
        {
            _ when type == typeof(ReadOnlyMemory<char>) => await ReadAsync<ReadOnlyMemory<char>>(v => JsonValue.Create(v.ToString())),
            _ when type == typeof(ReadOnlyMemory<byte>) => await ReadAsync<ReadOnlyMemory<byte>>(v => JsonValue.Create(Encoding.UTF8.GetString(v.Span))),
            _ when type == typeof(int) => await ReadAsync<int>(v => JsonValue.Create(v)),
            _ when type == typeof(long) => await ReadAsync<long>(v => JsonValue.Create(v)),
            _ when type == typeof(bool) => await ReadAsync<bool>(v => JsonValue.Create(v)),
            _ when type == typeof(double) => await ReadAsync<double>(v => JsonValue.Create(v)),
            _ when type == typeof(float) => await ReadAsync<float>(v => JsonValue.Create(v)),
            _ => throw new NotSupportedException($"Parquet column '{leaf.Path}' has type {type.Name}, which the records schema does not use."),
        };
        return new LeafColumn(values, definitions, repetitions);

        async Task<JsonNode?[]> ReadAsync<T>(Func<T, JsonNode> convert)
            where T : struct
        {
            // Values come back packed (only the non-null ones); the levels say where each one goes.
            var raw = new T[count];
            await group.ReadRawAsync<T>(leaf, raw.AsMemory(), definitions.AsMemory(), repetitions.AsMemory(), cancellationToken);
            var present = definitions.Count(d => d == leaf.MaxDefinitionLevel);
            return [.. raw.Take(present).Select(v => (JsonNode?)convert(v))];
        }
    }

    /// <summary>Writes one leaf column into the rows: each entry's repetition level says which list element it extends.</summary>
    private static void Assemble(JsonObject[] rows, Field[] chain, LeafColumn column)
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

            Slot slot = new ObjectSlot(rows[row], chain[0].Name);
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
                    var obj = slot.EnsureObject();
                    slot = new ObjectSlot(obj, chain[i + 1].Name);
                    continue;
                }

                // A list: the repeated group adds a level of each kind; below it the list is empty.
                var array = slot.EnsureArray();
                definition++;
                repetition++;
                if (d < definition)
                {
                    break;
                }

                indexes[repetition] = r < repetition ? 0 : r == repetition ? indexes[repetition] + 1 : indexes[repetition];
                slot = new ArraySlot(array, indexes[repetition]);
            }
        }
    }

    private sealed record LeafColumn(JsonNode?[] Values, int[] Definitions, int[] Repetitions);

    /// <summary>Where the next node goes: a property of an object, or an element of an array (grown as needed).</summary>
    private abstract record Slot
    {
        public abstract JsonNode? Current { get; }

        public abstract void Set(JsonNode? node);

        public void SetNullIfAbsent()
        {
            if (Current is null)
            {
                Set(null);
            }
        }

        public JsonObject EnsureObject()
        {
            if (Current is JsonObject existing)
            {
                return existing;
            }

            var created = new JsonObject();
            Set(created);
            return created;
        }

        public JsonArray EnsureArray()
        {
            if (Current is JsonArray existing)
            {
                return existing;
            }

            var created = new JsonArray();
            Set(created);
            return created;
        }
    }

    private sealed record ObjectSlot(JsonObject Parent, string Name) : Slot
    {
        public override JsonNode? Current => Parent.TryGetPropertyValue(Name, out var node) ? node : null;

        public override void Set(JsonNode? node) => Parent[Name] = node;
    }

    private sealed record ArraySlot(JsonArray Parent, int Index) : Slot
    {
        public override JsonNode? Current => Index < Parent.Count ? Parent[Index] : null;

        public override void Set(JsonNode? node)
        {
            while (Parent.Count <= Index)
            {
                Parent.Add(null);
            }

            Parent[Index] = node;
        }
    }
}
