using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// One phrasing of the table: what was said, after which prompt, the meaning it should get and the other readings
/// that count as understood.
/// </summary>
internal sealed record PhrasingRow(
    int Line,
    string Id,
    string Split,
    string Context,
    string Utterance,
    ExpectedMeaning Expected,
    IReadOnlyList<ExpectedMeaning> Also,
    string Note)
{
    public IEnumerable<ExpectedMeaning> Readings => [Expected, .. Also];

    /// <summary>True when the heard meaning is one of the row's readings; nothing heard is never understood.</summary>
    public bool IsUnderstoodAs(UserMeaning? heard) => heard is not null && Readings.Any(r => r.Matches(heard));
}
