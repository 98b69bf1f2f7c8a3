using Parquet.Schema;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>The paths from each top-level field to each of its leaf columns, in column order (a list contributes its item).</summary>
internal static class LeafPaths
{
    public static IEnumerable<Field[]> Of(IEnumerable<Field> fields) => Of(fields, []);

    private static IEnumerable<Field[]> Of(IEnumerable<Field> fields, Field[] prefix)
    {
        foreach (var field in fields)
        {
            Field[] chain = [.. prefix, field];
            var children = field switch
            {
                StructField s => Of(s.Fields, chain),
                ListField l => Of([l.Item], chain),
                DataField => [chain],
                _ => throw new NotSupportedException($"Parquet field '{field.Path}' ({field.SchemaType}) is not part of the records schema."),
            };
            foreach (var leaf in children)
            {
                yield return leaf;
            }
        }
    }
}
