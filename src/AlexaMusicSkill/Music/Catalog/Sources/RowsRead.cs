namespace AlexaMusicSkill.Music.Catalog.Sources;

/// <summary>
/// The rows a reader got out of one source. <see cref="IsComplete"/> is false after a structural problem (broken
/// quoting, a missing header column, invalid JSON): then the rows are not worth validating.
/// </summary>
internal sealed record RowsRead<TRow>(IReadOnlyList<TRow> Rows, bool IsComplete);
