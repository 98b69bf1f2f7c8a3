using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class ExceptionEncounteredRequestTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_ExceptionEncountered_ReadsErrorAndCause(bool roundTripped)
    {
        var envelope = FixtureFile.Request("System.ExceptionEncountered.json", roundTripped);

        var exception = Assert.IsType<ExceptionEncounteredRequest>(envelope.Request);
        Assert.Equal(RequestTypes.ExceptionEncountered, exception.Type);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0030-4000-8000-000000000030", exception.RequestId);
        Assert.Equal(Utc(3, 14, 18, 50, 7), exception.Timestamp);
        Assert.Equal("en-US", exception.Locale);
        Assert.Equal("INVALID_RESPONSE", exception.Error?.Type);
        Assert.Equal("Invalid directive: AudioPlayer.Play with ENQUEUE needs expectedPreviousToken.", exception.Error?.Message);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0011-4000-8000-000000000011", exception.Cause?.RequestId);
        Assert.Null(envelope.Session);
        Assert.Equal(UserId, envelope.UserId);
    }
}
