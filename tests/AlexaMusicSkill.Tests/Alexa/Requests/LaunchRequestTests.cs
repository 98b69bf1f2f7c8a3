using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class LaunchRequestTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_RealLaunch_ReadsEnvelopeSessionAndContext(bool roundTripped)
    {
        var envelope = FixtureFile.Request("LaunchRequest.json", roundTripped);

        Assert.Equal("1.0", envelope.Version);
        var session = Assert.IsType<AlexaMusicSkill.Alexa.Session>(envelope.Session);
        Assert.True(session.New);
        Assert.Equal("amzn1.echo-api.session.6f1c2a3b-0d4e-4a5f-9b8c-7d6e5f4a3b2c", session.SessionId);
        Assert.Equal(SkillId, session.Application?.ApplicationId);
        Assert.Empty(session.Attributes!);
        Assert.Equal(UserId, session.User?.UserId);
        Assert.Equal("Atza|IwEBIExampleAccessToken", session.User?.AccessToken);
        Assert.Equal("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.consent", session.User?.Permissions?.ConsentToken);

        var system = envelope.Context?.System;
        Assert.Equal(SkillId, system?.Application?.ApplicationId);
        Assert.Equal(UserId, system?.User?.UserId);
        Assert.Equal("Atza|IwEBIExampleAccessToken", system?.User?.AccessToken);
        Assert.Equal("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.consent", system?.User?.Permissions?.ConsentToken);
        Assert.Equal(DeviceId, system?.Device?.DeviceId);
        Assert.True(system?.Device?.Supports("AudioPlayer"));
        Assert.Equal("https://api.amazonalexa.com", system?.ApiEndpoint);
        Assert.Equal(ApiAccessToken, system?.ApiAccessToken);
        Assert.Equal("IDLE", envelope.Context?.AudioPlayer?.PlayerActivity);
        Assert.Null(envelope.Context?.AudioPlayer?.Token);
        Assert.Null(envelope.Context?.AudioPlayer?.OffsetInMilliseconds);

        var launch = Assert.IsType<LaunchRequest>(envelope.Request);
        Assert.Equal(RequestTypes.Launch, launch.Type);
        Assert.False(launch.IsUnknown);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0001-4000-8000-000000000001", launch.RequestId);
        Assert.Equal("en-US", launch.Locale);
        Assert.Equal(Utc(3, 14, 18, 22, 5), launch.Timestamp);
        Assert.Null(launch.Task);
        Assert.Equal(UserId, envelope.UserId);
        Assert.Equal(SkillId, envelope.ApplicationId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_VirtualAlexaWithTypeLast_ReadsLaunchRequest(bool roundTripped)
    {
        var envelope = FixtureFile.Request("LaunchRequest.VirtualAlexa.json", roundTripped);

        var launch = Assert.IsType<LaunchRequest>(envelope.Request);
        Assert.Equal("amzn1.echo-external.request.9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", launch.RequestId);
        Assert.Equal("en-US", launch.Locale);
        Assert.Equal(Utc(3, 14, 18, 22, 5), launch.Timestamp);
        Assert.Equal("1.0", envelope.Version);
        Assert.Equal("SessionID.4d3c2b1a-0f9e-4d8c-b7a6-958473625140", envelope.Session?.SessionId);
        Assert.True(envelope.Session?.New);
        Assert.Null(envelope.Session?.Attributes);
        Assert.Equal("amzn1.ask.account.0c4f7a8e-3b1d-4e6f-a2c9-5d8b7e6f1a20", envelope.UserId);
        Assert.Equal("6e2f1b3a-8c7d-4e5f-9a0b-1c2d3e4f5a6b", envelope.Context?.System?.User?.Permissions?.ConsentToken);
        Assert.Equal(SkillId, envelope.ApplicationId);
        // virtual-alexa sends no device id, api endpoint or token unless one is set.
        Assert.Null(envelope.Context?.System?.Device?.DeviceId);
        Assert.True(envelope.Context?.System?.Device?.Supports("AudioPlayer"));
        Assert.Null(envelope.Context?.System?.ApiEndpoint);
        Assert.Null(envelope.Context?.System?.ApiAccessToken);
        Assert.Equal("IDLE", envelope.Context?.AudioPlayer?.PlayerActivity);
    }
}
