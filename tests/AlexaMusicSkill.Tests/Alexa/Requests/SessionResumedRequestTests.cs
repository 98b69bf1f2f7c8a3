using System.Text.Json;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class SessionResumedRequestTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_SessionResumed_KeepsCauseAsJson(bool roundTripped)
    {
        var envelope = FixtureFile.Request("SessionResumedRequest.json", roundTripped);

        var resumed = Assert.IsType<SessionResumedRequest>(envelope.Request);
        Assert.Equal(RequestTypes.SessionResumed, resumed.Type);
        Assert.False(resumed.IsUnknown);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0031-4000-8000-000000000031", resumed.RequestId);
        Assert.Equal(Utc(3, 14, 18, 51, 12), resumed.Timestamp);
        var cause = resumed.Cause!.Value;
        Assert.Equal("ConnectionCompleted", cause.GetProperty("type").GetString());
        Assert.Equal("1234", cause.GetProperty("token").GetString());
        Assert.Equal(200, cause.GetProperty("status").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, cause.GetProperty("result").ValueKind);
        Assert.Equal(4, envelope.Session?.Attributes?["stateVersion"].GetInt32());
        Assert.False(envelope.Context?.System?.Device?.Supports("AudioPlayer"));
        Assert.Empty(envelope.Context!.System!.Device!.SupportedInterfaces!);
    }
}
