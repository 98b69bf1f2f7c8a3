using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class SessionEndedRequestTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_UserInitiated_ReadsReasonWithoutError(bool roundTripped)
    {
        var envelope = FixtureFile.Request("SessionEndedRequest.UserInitiated.json", roundTripped);

        var ended = Assert.IsType<SessionEndedRequest>(envelope.Request);
        Assert.Equal(RequestTypes.SessionEnded, ended.Type);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0007-4000-8000-000000000007", ended.RequestId);
        Assert.Equal(Utc(3, 14, 18, 24, 50), ended.Timestamp);
        Assert.Equal("en-US", ended.Locale);
        Assert.Equal("USER_INITIATED", ended.Reason);
        Assert.Null(ended.Error);
        Assert.Equal(SessionId, envelope.Session?.SessionId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_Error_ReadsReasonAndErrorObject(bool roundTripped)
    {
        var ended = Assert.IsType<SessionEndedRequest>(FixtureFile.Request("SessionEndedRequest.Error.json", roundTripped).Request);

        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0008-4000-8000-000000000008", ended.RequestId);
        Assert.Equal(Utc(3, 14, 18, 25, 3), ended.Timestamp);
        Assert.Equal("ERROR", ended.Reason);
        Assert.Equal("INVALID_RESPONSE", ended.Error?.Type);
        Assert.Equal("An exception occurred while dispatching the request to the skill.", ended.Error?.Message);
    }
}
