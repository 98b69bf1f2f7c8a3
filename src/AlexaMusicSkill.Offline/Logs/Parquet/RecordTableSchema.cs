using Parquet.Schema;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// The <c>records</c> table's columns in Hive/Glue type notation, derived from the Parquet schema this project writes
/// (<see cref="RecordColumns"/>, the map the writer and the reader use). <c>template.yaml</c>'s Glue table must list
/// exactly these; a test compares them, and <see cref="ToYaml"/> prints the block to paste when a record field is added.
/// </summary>
public static class RecordTableSchema
{
    public static IReadOnlyList<(string Name, string Type)> Columns { get; } =
        [.. RecordColumns.NewSchema().Fields.Select(f => (f.Name, HiveType(f)))];

    public static string HiveType(Field field) => field switch
    {
        StructField s => "struct<" + string.Join(",", s.Fields.Select(f => f.Name + ":" + HiveType(f))) + ">",
        ListField l => "array<" + HiveType(l.Item) + ">",
        DataField d => Primitive(Nullable.GetUnderlyingType(d.ClrType) ?? d.ClrType),
        _ => throw new NotSupportedException($"No Hive type for {field.Name} ({field.SchemaType})."),
    };

    /// <summary>The Columns block of the Glue table in template.yaml.</summary>
    public static string ToYaml(string indent) =>
        string.Concat(Columns.Select(c => $"{indent}- {{Name: {c.Name}, Type: '{c.Type}'}}\n"));

    private static string Primitive(Type type) =>
        type == typeof(string) || type == typeof(ReadOnlyMemory<char>) ? "string"
        : type == typeof(int) ? "int"
        : type == typeof(long) ? "bigint"
        : type == typeof(bool) ? "boolean"
        : type == typeof(double) ? "double"
        : type == typeof(float) ? "float"
        : throw new NotSupportedException($"No Hive type for {type.Name}.");
}
