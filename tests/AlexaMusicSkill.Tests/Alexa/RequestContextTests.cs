using AlexaMusicSkill.Tests.Fixtures;

namespace AlexaMusicSkill.Tests.Alexa;

public sealed class RequestContextTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_ScreenDevice_ReadsInterfacesPlayerPersonAndUnit(bool roundTripped)
    {
        var context = FixtureFile.Request("IntentRequest.ScreenDevice.json", roundTripped).Context!;

        var device = context.System!.Device!;
        Assert.Equal("amzn1.ask.device.AEXAMPLESHOW0002", device.DeviceId);
        Assert.Equal("amzn1.alexa.endpoint.AEXAMPLEENDPOINT0002", device.PersistentEndpointId);
        Assert.Equal(["AudioPlayer", "Alexa.Presentation.APL"], device.SupportedInterfaces!.Keys);
        Assert.True(device.Supports("AudioPlayer"));
        Assert.True(device.Supports("Alexa.Presentation.APL"));
        Assert.False(device.Supports("VideoApp"));
        Assert.Equal("2024.2", device.SupportedInterfaces["Alexa.Presentation.APL"].GetProperty("runtime").GetProperty("maxVersion").GetString());
        Assert.Equal("amzn1.ask.person.AEXAMPLEPERSON0003", context.System.Person?.PersonId);
        Assert.Equal("Atza|IwEBIExamplePersonToken", context.System.Person?.AccessToken);
        Assert.Equal("amzn1.ask.unit.AEXAMPLEUNIT0004", context.System.Unit?.UnitId);
        Assert.Equal("amzn1.alexa.unit.did.AEXAMPLEUNIT0004", context.System.Unit?.PersistentUnitId);
        Assert.Equal("https://api.eu.amazonalexa.com", context.System.ApiEndpoint);
        Assert.Equal(FixtureIds.ApiAccessToken, context.System.ApiAccessToken);
        Assert.Equal(FixtureIds.UserId, context.System.User?.UserId);
        Assert.Equal(FixtureIds.Token, context.AudioPlayer?.Token);
        Assert.Equal(65_250L, context.AudioPlayer?.OffsetInMilliseconds);
        Assert.Equal("PAUSED", context.AudioPlayer?.PlayerActivity);
    }

    [Fact]
    public void DeserializeRequest_NoPersonOrUnit_LeavesThemNull()
    {
        var system = FixtureFile.Request("LaunchRequest.json").Context!.System!;

        Assert.Null(system.Person);
        Assert.Null(system.Unit);
        Assert.Null(system.Device?.PersistentEndpointId);
    }
}
