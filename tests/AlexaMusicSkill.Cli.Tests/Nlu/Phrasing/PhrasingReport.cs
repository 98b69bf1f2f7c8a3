using System.Globalization;
using System.Text;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// One resolver measured on the phrasing table: the understood share per split and the misses listed. The sample
/// writer's gate is one line over it, e.g. <c>Assert.True(report.Heldout.Share &gt;= 0.95, report.Render())</c>.
/// </summary>
internal sealed record PhrasingReport(
    string Resolver,
    string TableFingerprint,
    int Heard,
    IReadOnlyDictionary<string, int> RowsByContext,
    SplitScore Train,
    SplitScore Heldout)
{
    public static async Task<PhrasingReport> MeasureAsync(IPhrasingResolver resolver, IReadOnlyList<PhrasingRow> rows, CancellationToken cancellationToken)
    {
        var hearings = await resolver.HearAllAsync(rows, cancellationToken);
        return new PhrasingReport(
            resolver.Name,
            PhrasingTable.Fingerprint(),
            rows.Count(r => hearings.ContainsKey(r.Id)),
            rows.CountBy(r => r.Context).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
            SplitScore.Of(PhrasingTable.Train, rows, hearings),
            SplitScore.Of(PhrasingTable.Heldout, rows, hearings));
    }

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Phrasing table {TableFingerprint[..12]} through {Resolver}: {Heard} rows heard");
        foreach (var score in new[] { Train, Heldout })
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {score.Split,-8} {score.Understood,3}/{score.Rows,-3} understood ({score.Share:P1}); misses {score.Misses.Count}: {score.MissedUnmatched} unmatched or fallback, {score.MissedAsLaunch} heard as a launch, {score.Misses.Count - score.MissedUnmatched - score.MissedAsLaunch} heard otherwise");
        }

        var missed = Train.Misses.Concat(Heldout.Misses).Select(m => m.Row).ToList();
        var byContext = PhrasingTable.Contexts.Select(c => (Context: c, Rows: RowsByContext.GetValueOrDefault(c), Missed: missed.Count(r => r.Context == c)));
        text.AppendLine("  by context (both splits): " + string.Join(", ", byContext.Select(c => $"{c.Context} {c.Rows - c.Missed}/{c.Rows}")));
        foreach (var score in new[] { Train, Heldout })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Misses ({score.Split}):");
            foreach (var (row, hearing) in score.Misses.OrderBy(m => m.Row.Line))
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  {row.Id,-12} {row.Context,-15} \"{row.Utterance}\"  want {string.Join(" | ", row.Readings)}  heard {hearing}");
            }
        }

        return text.ToString();
    }
}
