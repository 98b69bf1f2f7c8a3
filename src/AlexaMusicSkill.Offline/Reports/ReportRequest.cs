namespace AlexaMusicSkill.Offline.Reports;

/// <summary>
/// <c>musicskill report PATH... [--out DIR] [--write-parquet DIR] [--as-of TIME] [--since TIME] [--decide] [--alpha A] [--margin M] [--tau T]
/// [--max-conversations N] [--min-conversations N] [--power P] [--bootstrap B] [--seed S]</c>, as the CLI passes it.
/// </summary>
public sealed record ReportRequest
{
    /// <summary>JSONL or Parquet files, or folders of them (the S3 export synced locally, Lambda log exports, local runs).</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>Where report.md and report.png go; null prints the Markdown only.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Also write the records read as Parquet in the export's <c>dt=YYYY-MM-DD/</c> layout, ready for <c>aws s3 sync</c>.</summary>
    public string? ParquetFolder { get; init; }

    public ReportOptions Options { get; init; } = new();
}
