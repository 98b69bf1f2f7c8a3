using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.State;
using AlexaMusicSkill.Storage;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Dialogue;

/// <summary>After acceptance: a whole listening session through AudioPlayer events and voice commands, state in dynalite.</summary>
public sealed class ListeningSessionTests(DynaliteFixture dynalite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListeningSession_AcceptToStop_PlaysEnqueuesPausesResumesSkipsFailuresAndLogsListening()
    {
        var skill = new SkillHarness(new DynamoDbUserStateStore(dynalite.Server.CreateClient(), await dynalite.Server.CreateStateTableAsync(), TimeProvider.System));
        var alexa = new AlexaRequests();

        // Accept: a direct request starts a station.
        var accepted = await skill.SayAsync(alexa, alexa.Intent(IntentNames.PlayMusic, ("genre", "jazz", "JAZZ")));
        var t0 = Play(accepted).AudioItem.Stream.Token;
        var station = PlaybackToken.TryParse(t0)!.Value.StationId;

        // Started twice (Alexa repeats it after pausing for a voice request): idempotent.
        await Empty(skill, alexa.Player(new PlaybackStartedRequest { Token = t0, OffsetInMilliseconds = 0 }));
        await Empty(skill, alexa.Player(new PlaybackStartedRequest { Token = t0, OffsetInMilliseconds = 0 }));

        // Nearly finished: enqueue the next track, chained to the current token.
        var enqueue = Play(await skill.SendAsync(alexa.Player(new PlaybackNearlyFinishedRequest { Token = t0, OffsetInMilliseconds = 170_000 }), Token));
        Assert.Equal(PlayBehavior.Enqueue, enqueue.PlayBehavior);
        Assert.Equal(t0, enqueue.AudioItem.Stream.ExpectedPreviousToken);
        var t1 = enqueue.AudioItem.Stream.Token;
        Assert.Equal(new PlaybackToken(station, 1, PlaybackToken.TryParse(t1)!.Value.TrackId), PlaybackToken.TryParse(t1));

        await Empty(skill, alexa.Player(new PlaybackFinishedRequest { Token = t0, OffsetInMilliseconds = 180_000 }));
        await Empty(skill, alexa.Player(new PlaybackStartedRequest { Token = t1, OffsetInMilliseconds = 0 }));

        // "Alexa, pause": Stop; the PlaybackStopped event that follows saves the offset.
        alexa.NewSession();
        var pause = await skill.SendAsync(alexa.Intent("AMAZON.PauseIntent"), Token);
        Assert.IsType<AudioPlayerStopDirective>(Assert.Single(pause.Response.Directives!));
        await Empty(skill, alexa.Player(new PlaybackStoppedRequest { Token = t1, OffsetInMilliseconds = 42_000 }, "STOPPED"));

        // "Alexa, resume": the same track from the saved offset.
        alexa.NewSession();
        var resume = Play(await skill.SendAsync(alexa.Intent("AMAZON.ResumeIntent"), Token));
        Assert.Equal((t1, 42_000L, PlayBehavior.ReplaceAll), (resume.AudioItem.Stream.Token, resume.AudioItem.Stream.OffsetInMilliseconds, resume.PlayBehavior));
        await Empty(skill, alexa.Player(new PlaybackStartedRequest { Token = t1, OffsetInMilliseconds = 42_000 }));

        // The stream fails: skip to the next playable track, and never come back to the broken one.
        var failed = alexa.Player(new PlaybackFailedRequest
        {
            Token = t1,
            Error = new RequestError { Type = "MEDIA_ERROR_SERVICE_UNAVAILABLE", Message = "503" },
            CurrentPlaybackState = new AlexaMusicSkill.Alexa.AudioPlayerState { Token = t1, OffsetInMilliseconds = 43_000, PlayerActivity = "PLAYING" },
        });
        var replacement = Play(await skill.SendAsync(failed, Token));
        var t2 = replacement.AudioItem.Stream.Token;
        Assert.Equal(2, PlaybackToken.TryParse(t2)!.Value.Index);
        var brokenTrack = PlaybackToken.TryParse(t1)!.Value.TrackId;
        var later = Play(await skill.SendAsync(alexa.Player(new PlaybackNearlyFinishedRequest { Token = t2 }), Token));
        Assert.NotEqual(brokenTrack, PlaybackToken.TryParse(later.AudioItem.Stream.Token)!.Value.TrackId);

        // "Alexa, stop" while playing.
        alexa.NewSession();
        var stop = await skill.SendAsync(alexa.Intent("AMAZON.StopIntent"), Token);
        Assert.IsType<AudioPlayerStopDirective>(Assert.Single(stop.Response.Directives!));

        // Listening time reached the log for the conversation that accepted the station.
        var outcome = Assert.Single(skill.Records.Records.OfType<OutcomeRecord>());
        var listening = skill.Records.Records.OfType<ListeningRecord>().ToList();
        Assert.All(listening, l => Assert.Equal(outcome.ConversationId, l.ConversationId));
        Assert.Equal(["finished", "stopped", "failed"], listening.Select(l => l.Event));
        Assert.Equal(42.0, listening[1].Seconds);

        var profile = (await skill.Store.LoadAsync(ProfileOwner.Account(SkillHarness.UserKeyOf(alexa.UserId)), Token)).Profile;
        Assert.Single(profile.Played, PlaybackToken.TryParse(t0)!.Value.TrackId);
        Assert.Contains(brokenTrack, profile.Playback!.Failed);
    }

    [Fact]
    public async Task ButtonsAndThumbsDown_SkipAndUpdateTheProfile()
    {
        var skill = new SkillHarness();
        var alexa = new AlexaRequests();
        var t0 = Play(await skill.SayAsync(alexa, alexa.Intent(IntentNames.PlayMusic, ("genre", "rock", "ROCK")))).AudioItem.Stream.Token;
        await Empty(skill, alexa.Player(new PlaybackStartedRequest { Token = t0 }));

        var next = Play(await skill.SendAsync(alexa.Controller(new NextCommandIssuedRequest()), Token));
        Assert.Null(next.AudioItem.Stream.ExpectedPreviousToken);
        Assert.Equal(1, PlaybackToken.TryParse(next.AudioItem.Stream.Token)!.Value.Index);
        await Empty(skill, alexa.Player(new PlaybackStartedRequest { Token = next.AudioItem.Stream.Token }));

        alexa.NewSession();
        var thumbsDown = await skill.SendAsync(alexa.Intent(IntentNames.Feedback, ("feedback", "thumbs down", "NOT_REALLY")), Token);
        Assert.Contains("skipping", thumbsDown.Response.OutputSpeech!.Ssml);
        var skippedTo = Play(thumbsDown);
        Assert.Equal(2, PlaybackToken.TryParse(skippedTo.AudioItem.Stream.Token)!.Value.Index);

        alexa.NewSession();
        var like = await skill.SendAsync(alexa.Intent(IntentNames.Feedback, ("feedback", "i like this", "LIKE_IT")), Token);
        Assert.Contains("remember", like.Response.OutputSpeech!.Ssml);
        var profile = (await skill.Store.LoadAsync(ProfileOwner.Account(SkillHarness.UserKeyOf(alexa.UserId)), Token)).Profile;
        Assert.Contains(PlaybackToken.TryParse(next.AudioItem.Stream.Token)!.Value.TrackId, profile.Rejected);
    }

    [Fact]
    public async Task ShuffleOn_ChangesTheOrderButStaysInTheStation()
    {
        var skill = new SkillHarness(catalog: TestCatalog.Large);
        var alexa = new AlexaRequests();
        var t0 = Play(await skill.SayAsync(alexa, alexa.Intent(IntentNames.PlayMusic, ("mood", "upbeat", "UPBEAT")))).AudioItem.Stream.Token;
        await Empty(skill, alexa.Player(new PlaybackStartedRequest { Token = t0 }));

        alexa.NewSession();
        Assert.Contains("shuffle is on", (await skill.SendAsync(alexa.Intent("AMAZON.ShuffleOnIntent"), Token)).Response.OutputSpeech!.Ssml);
        var indexes = new List<int>();
        var token = t0;
        for (var i = 0; i < 6; i++)
        {
            token = Play(await skill.SendAsync(alexa.Player(new PlaybackNearlyFinishedRequest { Token = token }), Token)).AudioItem.Stream.Token;
            indexes.Add(PlaybackToken.TryParse(token)!.Value.Index);
            Assert.Equal(PlaybackToken.TryParse(t0)!.Value.StationId, PlaybackToken.TryParse(token)!.Value.StationId);
        }

        Assert.NotEqual([1, 2, 3, 4, 5, 6], indexes);
        Assert.Equal(indexes.Count, indexes.Distinct().Count());
    }

    [Fact]
    public async Task PlayerCommand_WithNothingPlaying_SaysSoInsteadOfFailing()
    {
        var skill = new SkillHarness();
        var alexa = new AlexaRequests();

        var response = await skill.SendAsync(alexa.Intent("AMAZON.ResumeIntent"), Token);
        var button = await skill.SendAsync(alexa.Controller(new PlayCommandIssuedRequest()), Token);

        Assert.NotNull(response.Response.OutputSpeech);
        Assert.Equal("{\"version\":\"1.0\",\"response\":{}}", AlexaMusicSkill.Alexa.AlexaJson.SerializeResponseToString(button));
    }

    private static AudioPlayerPlayDirective Play(SkillResponse response) =>
        Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(response.Response.Directives!, d => d is AudioPlayerPlayDirective));

    private static async Task Empty(SkillHarness skill, AlexaMusicSkill.Alexa.SkillRequest request) =>
        Assert.Equal("{\"version\":\"1.0\",\"response\":{}}", AlexaMusicSkill.Alexa.AlexaJson.SerializeResponseToString(await skill.SendAsync(request, Token)));
}
