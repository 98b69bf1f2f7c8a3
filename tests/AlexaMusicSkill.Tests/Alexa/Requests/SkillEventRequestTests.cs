using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class SkillEventRequestTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_SkillDisabled_ReadsEventTimesBodyAndContextUser(bool roundTripped)
    {
        var envelope = FixtureFile.Request("AlexaSkillEvent.SkillDisabled.json", roundTripped);

        var disabled = Assert.IsType<SkillDisabledRequest>(envelope.Request);
        Assert.Equal(RequestTypes.SkillDisabled, disabled.Type);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0032-4000-8000-000000000032", disabled.RequestId);
        Assert.Equal(Utc(3, 15, 9, 0, 41), disabled.Timestamp);
        Assert.Null(disabled.Locale);
        Assert.Equal(Utc(3, 15, 9, 0, 38), disabled.EventCreationTime);
        Assert.Equal(Utc(3, 15, 9, 0, 40), disabled.EventPublishingTime);
        Assert.Equal("PERSISTED", disabled.Body?.UserInformationPersistenceStatus);
        // The user to forget comes from context.System.user: there is no session and no user in the body.
        Assert.Null(envelope.Session);
        Assert.Equal(UserId, envelope.UserId);
        Assert.Null(envelope.Context?.System?.Device);
    }
}
