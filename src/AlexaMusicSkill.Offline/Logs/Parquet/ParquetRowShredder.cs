using System.Collections;
using Parquet;
using Parquet.Schema;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// Writes row trees (a struct is a dictionary, a list any <see cref="IList"/>, a value boxed; a missing key is null)
/// against a schema: for each leaf column, the present values packed with the definition and repetition levels that say
/// where each goes (record shredding), the inverse of <see cref="ParquetRowAssembler"/>. A null list, an empty list and a
/// null element each get their own level, so nothing shifts.
/// </summary>
internal static class ParquetRowShredder
{
    public static async Task WriteAsync(
        ParquetSchema schema, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, Stream destination, ParquetOptions options, CancellationToken cancellationToken)
    {
        await using var writer = await ParquetWriter.CreateAsync(schema, destination, options, cancellationToken: cancellationToken);
        var groupSize = options.RowGroupSize ?? ParquetOptions.DefaultRowGroupSize;
        // No records still make one empty row group, so the file has every column.
        for (var start = 0; start == 0 || start < rows.Count; start += groupSize)
        {
            var group = rows.Skip(start).Take(groupSize).ToList();
            using var groupWriter = writer.CreateRowGroup();
            foreach (var chain in LeafPaths.Of(schema.Fields))
            {
                await WriteColumnAsync(groupWriter, group, chain, cancellationToken);
            }

            groupWriter.CompleteValidate();
        }
    }

    /// <param name="definition">Definition level reached above <c>chain[i]</c>.</param>
    /// <param name="repetition">Repetition level of this entry: which enclosing list it starts a new element of.</param>
    /// <param name="depth">Lists enclosing <c>chain[i]</c>.</param>
    private static void Emit(Stripes stripes, Field[] chain, int i, object? node, int definition, int repetition, int depth)
    {
        var field = chain[i];
        if (node is null)
        {
            stripes.Add(field.IsNullable ? null : throw new InvalidOperationException($"Column '{field.Path}' is required but null."), definition, repetition);
            return;
        }

        if (field.IsNullable)
        {
            definition++;
        }

        switch (field)
        {
            case DataField:
                stripes.Add(node, definition, repetition);
                break;
            case StructField:
                var members = node as IReadOnlyDictionary<string, object?> ?? throw new InvalidOperationException($"Column '{field.Path}' needs a struct.");
                Emit(stripes, chain, i + 1, members.GetValueOrDefault(chain[i + 1].Name), definition, repetition, depth);
                break;
            default:
                // A list: its repeated group adds a level of each kind; an empty list stops above it.
                var items = node as IList ?? throw new InvalidOperationException($"Column '{field.Path}' needs a list.");
                if (items.Count == 0)
                {
                    stripes.Add(null, definition, repetition);
                }

                for (var k = 0; k < items.Count; k++)
                {
                    Emit(stripes, chain, i + 1, items[k], definition + 1, k == 0 ? repetition : depth + 1, depth + 1);
                }

                break;
        }
    }

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, Field[] chain, CancellationToken cancellationToken)
    {
        var leaf = (DataField)chain[^1];
        var type = Nullable.GetUnderlyingType(leaf.ClrType) ?? leaf.ClrType;
        return type switch
        {
            _ when type == typeof(string) || type == typeof(ReadOnlyMemory<char>) => WriteAsync(v => ((string)v).AsMemory()),
            _ when type == typeof(int) => WriteAsync(v => (int)v),
            _ when type == typeof(long) => WriteAsync(v => (long)v),
            _ when type == typeof(bool) => WriteAsync(v => (bool)v),
            _ when type == typeof(double) => WriteAsync(v => (double)v),
            _ when type == typeof(float) => WriteAsync(v => (float)v),
            _ => throw new NotSupportedException($"Parquet column '{leaf.Path}' has type {type.Name}, which the records schema does not use."),
        };

        Task WriteAsync<T>(Func<object, T> convert)
            where T : struct
        {
            var stripes = new Stripes<T>(convert);
            foreach (var row in rows)
            {
                Emit(stripes, chain, 0, row.GetValueOrDefault(chain[0].Name), definition: 0, repetition: 0, depth: 0);
            }

            ReadOnlyMemory<int>? definitions = leaf.MaxDefinitionLevel > 0 ? stripes.Definitions.ToArray() : null;
            ReadOnlyMemory<int>? repetitions = leaf.MaxRepetitionLevel > 0 ? stripes.Repetitions.ToArray() : null;
            return group.WriteAllPartsAsync<T>(leaf, stripes.Values.ToArray(), definitions, repetitions, cancellationToken);
        }
    }

    /// <summary>One leaf column: a definition and repetition level per entry (present or not), and the present values.</summary>
    private abstract class Stripes
    {
        public List<int> Definitions { get; } = [];

        public List<int> Repetitions { get; } = [];

        public void Add(object? value, int definition, int repetition)
        {
            if (value is not null)
            {
                AddValue(value);
            }

            Definitions.Add(definition);
            Repetitions.Add(repetition);
        }

        protected abstract void AddValue(object value);
    }

    /// <summary>The values typed as the column's physical type as they come, so a long column holds no boxes.</summary>
    private sealed class Stripes<T>(Func<object, T> convert) : Stripes
    {
        public List<T> Values { get; } = [];

        protected override void AddValue(object value) => Values.Add(convert(value));
    }
}
