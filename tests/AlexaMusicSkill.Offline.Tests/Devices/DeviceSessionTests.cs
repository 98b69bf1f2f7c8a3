using System.Text.Json;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Offline.Devices;

namespace AlexaMusicSkill.Offline.Tests.Devices;

public sealed class DeviceSessionTests
{
    private const string SkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, true)] // absent: a headless Echo ends the session (alexa-protocol.md, shouldEndSession semantics)
    public void Remember_ShouldEndSession_FollowsAlexaOnAHeadlessDevice(bool? shouldEndSession, bool ends)
    {
        var device = new DeviceSession(SkillId, "amzn1.ask.account.U", "amzn1.ask.device.D");
        var first = device.VoiceRequest(new LaunchRequest(), Now);

        device.Remember(Response(shouldEndSession, "{\"conversationId\":\"c1\"}"));
        var next = device.VoiceRequest(new IntentRequest { Intent = new Intent { Name = "AMAZON.YesIntent" } }, Now);

        Assert.True(first.Session!.New);
        Assert.Equal(ends, next.Session!.New);
        Assert.Equal(ends, next.Session.SessionId != first.Session.SessionId);
        Assert.Equal(ends, next.Session.Attributes is null);
    }

    [Fact]
    public void EndsSession_IsTheRuleBothChatAndTheSimulatorUse()
    {
        Assert.True(DeviceSession.EndsSession(Response(true)));
        Assert.True(DeviceSession.EndsSession(Response(null)));
        Assert.False(DeviceSession.EndsSession(Response(false)));
    }

    [Fact]
    public void Begin_NamedConversation_GivesDeterministicIdsAndWholeSecondTimestamps()
    {
        var device = new DeviceSession(SkillId, string.Empty, "amzn1.ask.device.D");
        device.Begin("amzn1.ask.account.L", "sim.7.0");

        var launch = device.VoiceRequest(new LaunchRequest(), Now.AddMilliseconds(730));
        device.Remember(Response(true));
        var again = device.VoiceRequest(new LaunchRequest(), Now);
        device.Begin("amzn1.ask.account.L", "sim.7.0");
        var replay = device.VoiceRequest(new LaunchRequest(), Now);

        Assert.Equal("sim.7.0.0", launch.Request!.RequestId);
        Assert.Equal("sim.7.0.s1", launch.Session!.SessionId);
        Assert.Equal(Now, launch.Request.Timestamp);
        Assert.Equal(("sim.7.0.1", "sim.7.0.s2"), (again.Request!.RequestId, again.Session!.SessionId));
        Assert.Equal(("sim.7.0.0", "sim.7.0.s1"), (replay.Request!.RequestId, replay.Session!.SessionId));
        Assert.Equal("amzn1.ask.account.L", replay.UserId);
    }

    [Fact]
    public void OutOfSessionRequest_CarriesNoSessionAndLeavesTheSessionAlone()
    {
        var device = new DeviceSession(SkillId, "amzn1.ask.account.U", "amzn1.ask.device.D");
        device.VoiceRequest(new LaunchRequest(), Now);
        device.Remember(Response(false));

        var started = device.OutOfSessionRequest(new PlaybackStartedRequest { Token = "t" }, Now);

        Assert.Null(started.Session);
        Assert.True(device.InSession);
        Assert.Equal(SkillId, started.ApplicationId);
    }

    private static SkillResponse Response(bool? shouldEndSession, string? attributes = null) => new()
    {
        Version = "1.0",
        Response = new ResponseBody { ShouldEndSession = shouldEndSession },
        SessionAttributes = attributes is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(attributes),
    };
}
