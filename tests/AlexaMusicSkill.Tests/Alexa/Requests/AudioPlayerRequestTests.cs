using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Tests.Fixtures;
using static AlexaMusicSkill.Tests.Fixtures.FixtureIds;

namespace AlexaMusicSkill.Tests.Alexa.Requests;

public sealed class AudioPlayerRequestTests
{
    public static TheoryData<string, Type, string, long, string> Events => new()
    {
        { "PlaybackStarted", typeof(PlaybackStartedRequest), "0010", 0L, "2025-03-14T18:30:01Z" },
        { "PlaybackNearlyFinished", typeof(PlaybackNearlyFinishedRequest), "0011", 168_000L, "2025-03-14T18:32:49Z" },
        { "PlaybackFinished", typeof(PlaybackFinishedRequest), "0012", 183_450L, "2025-03-14T18:33:05Z" },
        // Beyond Int32: offsets are long on the wire and in the model.
        { "PlaybackStopped", typeof(PlaybackStoppedRequest), "0013", 2_147_483_900L, "2025-03-14T18:34:12Z" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void DeserializeRequest_PlaybackEvent_ReadsTokenOffsetAndNoSession(string name, Type type, string id, long offset, string timestamp)
    {
        foreach (var roundTripped in new[] { false, true })
        {
            var envelope = FixtureFile.Request($"AudioPlayer.{name}.json", roundTripped);

            var request = Assert.IsAssignableFrom<AudioPlayerRequest>(envelope.Request);
            Assert.IsType(type, request);
            Assert.Equal($"AudioPlayer.{name}", request.Type);
            Assert.Equal($"amzn1.echo-api.request.1a2b3c4d-{id}-4000-8000-00000000{id}", request.RequestId);
            Assert.Equal(DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture), request.Timestamp);
            Assert.Equal("en-US", request.Locale);
            Assert.Equal(Token, request.Token);
            Assert.Equal(offset, request.OffsetInMilliseconds);
            Assert.Null(envelope.Session);
            Assert.Equal(UserId, envelope.UserId);
            Assert.Equal(SkillId, envelope.ApplicationId);
            Assert.Equal(Token, envelope.Context?.AudioPlayer?.Token);
            Assert.Equal(offset, envelope.Context?.AudioPlayer?.OffsetInMilliseconds);
        }
    }

    [Theory]
    [InlineData("PlaybackStarted", "PLAYING")]
    [InlineData("PlaybackFinished", "FINISHED")]
    [InlineData("PlaybackStopped", "STOPPED")]
    public void DeserializeRequest_PlaybackEvent_ReadsPlayerActivity(string name, string activity)
    {
        Assert.Equal(activity, FixtureFile.Request($"AudioPlayer.{name}.json").Context?.AudioPlayer?.PlayerActivity);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DeserializeRequest_PlaybackFailed_ReadsErrorAndCurrentPlaybackState(bool roundTripped)
    {
        var envelope = FixtureFile.Request("AudioPlayer.PlaybackFailed.json", roundTripped);

        var failed = Assert.IsType<PlaybackFailedRequest>(envelope.Request);
        Assert.Equal("amzn1.echo-api.request.1a2b3c4d-0014-4000-8000-000000000014", failed.RequestId);
        Assert.Equal(Utc(3, 14, 18, 35, 20), failed.Timestamp);
        Assert.Equal("station-42:track-8", failed.Token);
        Assert.Null(failed.OffsetInMilliseconds);
        Assert.Equal("MEDIA_ERROR_SERVICE_UNAVAILABLE", failed.Error?.Type);
        Assert.Equal("The stream returned HTTP 503.", failed.Error?.Message);
        Assert.Equal(Token, failed.CurrentPlaybackState?.Token);
        Assert.Equal(5120L, failed.CurrentPlaybackState?.OffsetInMilliseconds);
        Assert.Equal("PLAYING", failed.CurrentPlaybackState?.PlayerActivity);
        Assert.Null(envelope.Session);
    }
}
