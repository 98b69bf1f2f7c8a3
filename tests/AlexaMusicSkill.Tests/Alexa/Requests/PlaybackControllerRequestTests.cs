using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class PlaybackControllerRequestTests
{
    public static TheoryData<string, Type, string, string, long, string> Commands => new()
    {
        { "PlayCommandIssued", typeof(PlayCommandIssuedRequest), "0020", "PAUSED", 64_000L, "18:40:10" },
        { "PauseCommandIssued", typeof(PauseCommandIssuedRequest), "0021", "PLAYING", 65_250L, "18:41:20" },
        { "NextCommandIssued", typeof(NextCommandIssuedRequest), "0022", "PLAYING", 12_000L, "18:42:30" },
        { "PreviousCommandIssued", typeof(PreviousCommandIssuedRequest), "0023", "PLAYING", 3_000L, "18:43:40" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void DeserializeRequest_Command_ReadsTypeIdsAndPlayerContext(string name, Type type, string id, string activity, long offset, string time)
    {
        foreach (var roundTripped in new[] { false, true })
        {
            var envelope = FixtureFile.Request($"PlaybackController.{name}.json", roundTripped);

            var command = Assert.IsAssignableFrom<PlaybackControllerRequest>(envelope.Request);
            Assert.IsType(type, command);
            Assert.Equal($"PlaybackController.{name}", command.Type);
            Assert.Equal($"amzn1.echo-api.request.1a2b3c4d-{id}-4000-8000-00000000{id}", command.RequestId);
            Assert.Equal(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero) + TimeSpan.Parse(time, System.Globalization.CultureInfo.InvariantCulture), command.Timestamp);
            Assert.Equal("en-US", command.Locale);
            Assert.Null(envelope.Session);
            Assert.Equal(UserId, envelope.UserId);
            Assert.Equal((Token, offset, activity), (envelope.Context?.AudioPlayer?.Token, envelope.Context?.AudioPlayer?.OffsetInMilliseconds, envelope.Context?.AudioPlayer?.PlayerActivity));
        }
    }
}
