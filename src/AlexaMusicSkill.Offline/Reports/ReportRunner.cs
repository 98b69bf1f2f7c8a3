using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Logs.Parquet;
using AlexaMusicSkill.Offline.Reports.Promotion;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>
/// The work behind <c>musicskill report</c>: read the logs, build the report, write report.md and report.png, print
/// the Markdown. Returns the exit code: 0, or with <c>--decide</c> the verdict's (10 promote, 11 keep running,
/// 12 roll back). Missing or unreadable logs throw <see cref="FileNotFoundException"/> / <see cref="InvalidDataException"/>
/// (the CLI turns them into one line and exit code 1).
/// </summary>
public static class ReportRunner
{
    public const string MarkdownFileName = "report.md";
    public const string ChartFileName = "report.png";

    /// <summary>The report of the logs, read conversation by conversation (only their summaries are held).</summary>
    public static OnlineReport Build(ReportRequest request) =>
        RecordLog.Read(request.Paths, conversations => OnlineReportBuilder.Build(conversations, request.Options));

    public static async Task<int> RunAsync(ReportRequest request, TextWriter output, CancellationToken cancellationToken = default)
    {
        OnlineReport report;
        if (request.ParquetFolder is not { } parquet)
        {
            report = Build(request);
        }
        else
        {
            // Writing every record read needs them all at once; the report is built from the same list.
            var records = RecordLog.Records(request.Paths).ToList();
            report = OnlineReportBuilder.Build(records, request.Options);

            // One file name per run: a later run over newer logs adds files instead of overwriting a day.
            var name = "records-" + DateTimeOffset.UtcNow.ToString("yyyyMMddTHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            var files = await ParquetRecordFolder.WriteAsync(records, parquet, name, cancellationToken);
            await output.WriteLineAsync($"Wrote {records.Count:N0} records as {files.Count} Parquet file(s) under {parquet}.".AsMemory(), cancellationToken);
        }

        string markdown;
        if (request.OutputFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            ReportChart.SavePng(report, Path.Combine(folder, ChartFileName));
            markdown = MarkdownReport.Render(report, ChartFileName);
            await File.WriteAllTextAsync(Path.Combine(folder, MarkdownFileName), markdown, cancellationToken);
        }
        else
        {
            markdown = MarkdownReport.Render(report);
        }

        await output.WriteAsync(markdown.AsMemory(), cancellationToken);
        if (request.OutputFolder is { } written)
        {
            await output.WriteLineAsync($"Wrote {Path.Combine(written, MarkdownFileName)} and {Path.Combine(written, ChartFileName)}.".AsMemory(), cancellationToken);
        }

        return report.Decision?.Verdict.ExitCode() ?? 0;
    }
}
