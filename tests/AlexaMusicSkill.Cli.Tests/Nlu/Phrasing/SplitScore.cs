using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>How one resolver did on one split: rows, rows understood, and every miss with what was heard instead.</summary>
internal sealed record SplitScore(string Split, int Rows, int Understood, IReadOnlyList<(PhrasingRow Row, Hearing Hearing)> Misses)
{
    /// <summary>The understood share of the split's rows (a plain proportion of a fixed table, not an estimate).</summary>
    public double Share => Rows == 0 ? 0 : (double)Understood / Rows;

    /// <summary>Misses that were heard as a launch (virtual-alexa's "ask/open/launch/talk to/tell" rule, or a real one).</summary>
    public int MissedAsLaunch => Misses.Count(m => m.Hearing.IsLaunch);

    /// <summary>Misses with no request at all (nothing matched, or the fallback intent).</summary>
    public int MissedUnmatched => Misses.Count(m => m.Hearing.Meaning is null || m.Hearing.Meaning.Act == UserAct.Fallback);

    public static SplitScore Of(string split, IReadOnlyList<PhrasingRow> rows, IReadOnlyDictionary<string, Hearing> hearings)
    {
        var inSplit = rows.Where(r => r.Split == split).ToList();
        var misses = inSplit
            .Select(r => (Row: r, Hearing: hearings.TryGetValue(r.Id, out var h) ? h : new Hearing(Hearing.Unmatched, null)))
            .Where(x => !x.Row.IsUnderstoodAs(x.Hearing.Meaning))
            .ToList();
        return new SplitScore(split, inSplit.Count, inSplit.Count - misses.Count, misses);
    }
}
