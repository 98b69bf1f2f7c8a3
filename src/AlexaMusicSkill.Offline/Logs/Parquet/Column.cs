using Parquet.Schema;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// One column of a <see cref="ColumnMap{T}"/>: a fresh Parquet field for it (a field belongs to one parent, and a struct
/// map is used in more than one place), its value in a <typeparamref name="T"/> as a row tree (a scalar, a list, or a
/// struct's dictionary; null for none), and the <typeparamref name="T"/> being rebuilt with a tree value put back.
/// </summary>
internal sealed record Column<T>(string Name, Func<Field> NewField, Func<T, object?> Write, Func<T, object?, string, T> Read);
