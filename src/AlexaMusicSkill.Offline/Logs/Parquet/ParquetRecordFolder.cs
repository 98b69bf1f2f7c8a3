using System.Globalization;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Logs.Parquet;

/// <summary>
/// Writes records into the export's layout, one Parquet file per UTC day under <c>dt=YYYY-MM-DD/</c>, so a folder of
/// local logs can be uploaded next to what Firehose delivers: <c>aws s3 sync FOLDER s3://BUCKET/records/</c>.
/// </summary>
public static class ParquetRecordFolder
{
    /// <returns>The files written.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(IEnumerable<LogRecord> records, string root, string fileName, CancellationToken cancellationToken = default)
    {
        if (!fileName.EndsWith(ParquetRecordFile.Extension, StringComparison.OrdinalIgnoreCase))
        {
            fileName += ParquetRecordFile.Extension;
        }

        var written = new List<string>();
        foreach (var day in records.GroupBy(r => r.Timestamp.UtcDateTime.Date).OrderBy(g => g.Key))
        {
            var folder = Path.Combine(root, "dt=" + day.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, fileName);
            await ParquetRecordFile.WriteAsync(day, path, cancellationToken);
            written.Add(path);
        }

        return written;
    }
}
