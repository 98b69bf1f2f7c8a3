using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// What one resolver made of one phrasing: the request it produced in words (<c>PlayMusicIntent genre="jazz"</c>,
/// <c>LaunchRequest</c>, <c>unmatched</c>) and the meaning the real interpreter gives that request (null: no request).
/// </summary>
internal sealed record Hearing(string Heard, UserMeaning? Meaning)
{
    public const string Unmatched = "unmatched";

    public bool IsLaunch => Meaning?.Act == UserAct.Launch;

    public override string ToString() => Meaning is null ? Heard : $"{Heard} → {ExpectedMeaning.Describe(Meaning)}";
}
