using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class RequestTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_UnknownType_FallsBackToBaseRequestWithCommonFields(bool roundTripped)
    {
        var envelope = FixtureFile.Request("Alexa.Presentation.APL.UserEvent.json", roundTripped);

        var request = Assert.IsType<Request>(envelope.Request);
        Assert.True(request.IsUnknown);
        Assert.Equal(RequestTypes.Unknown, request.Type);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0042-4000-8000-000000000042", request.RequestId);
        Assert.Equal(Utc(3, 14, 19, 6, 31), request.Timestamp);
        Assert.Equal("en-GB", request.Locale);
        Assert.Equal("amzn1.echo-api.session.5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", envelope.Session?.SessionId);
        Assert.True(envelope.Context?.System?.Device?.Supports("Alexa.Presentation.APL"));
    }

    [Theory]
    [InlineData("""{"version":"1.0","request":{"requestId":"r-1","timestamp":"2025-03-14T18:22:05Z"}}""")]
    [InlineData("""{"version":"1.0","request":{"requestId":"r-1","type":5}}""")]
    [InlineData("""{"version":"1.0","request":{"type":"launchrequest","requestId":"r-1"}}""")]
    public void DeserializeRequest_MissingOrUnrecognisedType_FallsBackToBaseRequest(string json)
    {
        var envelope = AlexaJson.DeserializeRequest(json);

        Assert.True(envelope.Request?.IsUnknown);
        Assert.Equal("r-1", envelope.Request?.RequestId);
    }

    [Theory]
    [InlineData("LaunchRequest.json")]
    [InlineData("IntentRequest.ErMatch.json")]
    [InlineData("AudioPlayer.PlaybackStarted.json")]
    [InlineData("AlexaSkillEvent.SkillDisabled.json")]
    public void IsUnknown_ModelledType_IsFalse(string fixture)
    {
        Assert.False(FixtureFile.Request(fixture).Request!.IsUnknown);
    }
}
