namespace AlexaMusicSkill.Tests.Fixtures;

/// <summary>The ids the request fixtures share.</summary>
internal static class FixtureIds
{
    public const string SkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    public const string UserId = "amzn1.ask.account.AEXAMPLEUSER0001";
    public const string DeviceId = "amzn1.ask.device.AEXAMPLEDEVICE0001";
    public const string SessionId = "amzn1.echo-api.session.6f1c2a3b-0d4e-4a5f-9b8c-7d6e5f4a3b2c";
    public const string ApiAccessToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.api";
    public const string GenreAuthority = "amzn1.er-authority.echo-sdk.amzn1.ask.skill.00000000-0000-4000-8000-000000000000.GenreType";
    public const string Token = "station-42:track-7";

    public static DateTimeOffset Utc(int month, int day, int hour, int minute, int second) =>
        new(2025, month, day, hour, minute, second, TimeSpan.Zero);
}
