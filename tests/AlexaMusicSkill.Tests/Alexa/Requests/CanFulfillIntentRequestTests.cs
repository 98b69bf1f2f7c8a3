using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class CanFulfillIntentRequestTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_CanFulfill_ReadsIntentAndSlotResolutions(bool roundTripped)
    {
        var envelope = FixtureFile.Request("CanFulfillIntentRequest.json", roundTripped);

        var request = Assert.IsType<CanFulfillIntentRequest>(envelope.Request);
        Assert.Equal(RequestTypes.CanFulfillIntent, request.Type);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0009-4000-8000-000000000009", request.RequestId);
        Assert.Equal(Utc(3, 14, 18, 25, 30), request.Timestamp);
        Assert.Equal("en-US", request.Locale);
        Assert.Null(request.DialogState);
        Assert.Equal("FindMusicIntent", request.Intent?.Name);
        Assert.Null(request.Intent?.ConfirmationStatus);
        var mood = request.Intent!.GetSlot("mood")!;
        Assert.Equal(("mood", "mellow"), (mood.Name, mood.Value));
        Assert.Equal("CHILL", mood.Resolutions!.ResolutionsPerAuthority![0].Values![0].Value?.Id);
        Assert.True(envelope.Session?.New);
        Assert.Equal("amzn1.echo-api.session.0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", envelope.Session?.SessionId);
        Assert.Equal(UserId, envelope.UserId);
    }
}
