using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Alexa.Responses;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Dialogue;

/// <summary>
/// Conversation v2's promises, through the engine: what the listener turned down never plays (not as a sample, a
/// suggestion, a station's first track or a later one), "not that artist" turns the artist down, stations are named
/// by what they play, and suggestions follow what the listener already said.
/// </summary>
public sealed class RejectionsAndStationsTests
{
    private static readonly CancellationToken Token = CancellationToken.None;

    // The built-in catalog, the one a new user meets (the issue's transcript is on it).
    private readonly SkillHarness _skill = new(catalog: BuiltInCatalog.Load("https://media.example.com"));
    private readonly AlexaRequests _alexa = new();

    [Fact]
    public async Task TheIssueTranscript_RejectedSampleIsNeitherTheStationsFirstTrackNorAnyLaterOne()
    {
        // help me find music / the nineties / something laid back / jazz / no not really … / yes
        await SayAsync(_alexa.Intent(IntentNames.FindMusic));
        await SayAsync(_alexa.Intent(IntentNames.Answer, ("era", "the nineties", "NINETIES")));
        await SayAsync(_alexa.Intent(IntentNames.Answer, ("mood", "something laid back", "LAID_BACK")));
        await SayAsync(_alexa.Intent(IntentNames.Answer, ("genre", "jazz", "JAZZ")));
        var rejected = new List<string>();
        while (LastDecision.Offered.Type != "offer_station")
        {
            Assert.True(rejected.Count < 10, "no station was offered");
            if (LastDecision.Offered.TrackId is { } sample)
            {
                rejected.Add(sample);
            }

            await SayAsync(_alexa.Intent(IntentNames.Feedback, ("feedback", "no not really", "NOT_REALLY")));
        }

        Assert.NotEmpty(rejected);
        var played = await PlayWholeStationAsync(await SayAsync(_alexa.Intent("AMAZON.YesIntent")));

        Assert.True(played.Count >= 8, $"the station played {played.Count} tracks");
        Assert.DoesNotContain(played[0], rejected);
        Assert.Empty(played.Intersect(rejected));
    }

    [Fact]
    public async Task NotThatArtist_TheArtistNeverComesBack_AsSampleSuggestionOrStationTrack()
    {
        await SayAsync(_alexa.Intent(IntentNames.FindMusic, ("genre", "jazz", "JAZZ")));
        while (LastDecision.Offered.Type != "play_sample")
        {
            await SayAsync(_alexa.Intent("AMAZON.NoIntent"));
        }

        var artist = LastDecision.Offered.ArtistId!;
        var firstDecisionAfter = _skill.Records.Records.OfType<DecisionRecord>().Count();
        await SayAsync(_alexa.Intent(IntentNames.Feedback, ("feedback", "not that artist", "NOT_THIS_ARTIST")));
        while (LastDecision.Offered.Type != "offer_station")
        {
            await SayAsync(_alexa.Intent(IntentNames.SomethingElse));
        }

        var later = _skill.Records.Records.OfType<DecisionRecord>().Skip(firstDecisionAfter).ToList();
        Assert.NotEmpty(later);
        foreach (var candidate in later.SelectMany(d => d.Candidates))
        {
            Assert.False(candidate.Action == "suggest_artist:" + artist, $"{artist} was suggested again");
            Assert.False(candidate.Action.StartsWith("play_sample:" + artist + "--", StringComparison.Ordinal), $"{candidate.Action} is by {artist}");
        }

        var played = await PlayWholeStationAsync(await SayAsync(_alexa.Intent("AMAZON.YesIntent")));
        Assert.NotEmpty(played);
        Assert.DoesNotContain(played, id => _skill.Catalog.FindTrack(id)!.ArtistId == artist);
    }

    [Fact]
    public async Task RejectedStation_IsNotOfferedAgain_ThoughLaterRejectionsChangeWhatItWouldLeaveOut()
    {
        await SayAsync(_alexa.Intent(IntentNames.FindMusic, ("genre", "jazz", "JAZZ"), ("mood", "laid back", "LAID_BACK")));
        var stationsOffered = new List<string>();
        for (var turn = 0; turn < 25 && LastDecision is { } decision; turn++)
        {
            if (decision.Offered.Type == "offer_station")
            {
                stationsOffered.Add(decision.Offered.StationId!);
            }

            var response = await SayAsync(_alexa.Intent("AMAZON.NoIntent"));
            if (response.Response.ShouldEndSession == true)
            {
                break;
            }
        }

        Assert.NotEmpty(stationsOffered);
        Assert.Equal(stationsOffered.Count, stationsOffered.Distinct().Count());
    }

    [Fact]
    public async Task ARefusalFromAnEarlierConversation_IsLeftOutOfTheStation()
    {
        // Conversation 1: the first jazz sample is turned down (the profile keeps it).
        await SayAsync(_alexa.Intent(IntentNames.FindMusic, ("genre", "jazz", "JAZZ")));
        while (LastDecision.Offered.Type != "play_sample")
        {
            await SayAsync(_alexa.Intent("AMAZON.NoIntent"));
        }

        var refused = LastDecision.Offered.TrackId!;
        await SayAsync(_alexa.Intent(IntentNames.Feedback, ("feedback", "hate it", "HATE_IT")));
        await SayAsync(_alexa.Intent("AMAZON.StopIntent"));

        // Conversation 2: "play jazz" would start with it (it ranked first); it must not play at all.
        _alexa.NewSession();
        var played = await PlayWholeStationAsync(await SayAsync(_alexa.Intent(IntentNames.PlayMusic, ("genre", "jazz", "JAZZ"))));
        Assert.Contains(refused, new StationBuilder(_skill.Catalog).Build(new StationSeed(Genre: "JAZZ")).TrackIds);
        Assert.DoesNotContain(refused, played);
    }

    [Fact]
    public async Task WidenedStation_IsNamedByWhatItPlays_AndSaysItWidened()
    {
        // Few tracks are laid-back nineties jazz: the station must widen, and say so.
        var response = await SayAsync(_alexa.Intent(IntentNames.PlayMusic,
            ("mood", "laid back", "LAID_BACK"), ("genre", "jazz", "JAZZ"), ("era", "the nineties", "NINETIES")));
        var speech = Transcript.Readable(response.Response.OutputSpeech!.Ssml!);
        var station = BuiltFrom(response);

        Assert.NotEmpty(station.Widened);
        Assert.Contains(station.Widened, w => w.Attribute == StationAttribute.Era);
        Assert.Null(station.Label.Era);
        Assert.DoesNotContain("nineties jazz station", speech, StringComparison.Ordinal);
        Assert.Contains("laid-back jazz station", speech, StringComparison.Ordinal);
        Assert.Contains("so I've added", speech, StringComparison.Ordinal);
        AssertLabelHoldsForEveryTrack(station);
    }

    [Theory]
    [InlineData("JAZZ", "LAID_BACK", "FIFTIES")]
    [InlineData("ROCK", "UPBEAT", "SEVENTIES")]
    [InlineData("POP", "UPBEAT", "EIGHTIES")]
    [InlineData("SOUL", null, "SIXTIES")]
    [InlineData("ELECTRONIC", "LAID_BACK", null)]
    public async Task EveryStation_LabelHoldsForAllItsTracks_OrTheSpeechSaysItWidened(string genre, string? mood, string? era)
    {
        var slots = new List<(string, string, string?)> { ("genre", genre.ToLowerInvariant(), genre) };
        if (mood is not null)
        {
            slots.Add(("mood", mood.ToLowerInvariant(), mood));
        }

        if (era is not null)
        {
            slots.Add(("era", era.ToLowerInvariant(), era));
        }

        var response = await SayAsync(_alexa.Intent(IntentNames.PlayMusic, [.. slots]));
        var station = BuiltFrom(response);
        var speech = Transcript.Readable(response.Response.OutputSpeech!.Ssml!);

        AssertLabelHoldsForEveryTrack(station);
        Assert.Equal(station.Widened.Count > 0, speech.Contains("so I've added", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestionsAfterNinetiesAndLaidBack_FollowWhatWasSaid()
    {
        await SayAsync(_alexa.Intent(IntentNames.FindMusic));
        await SayAsync(_alexa.Intent(IntentNames.Answer, ("era", "the nineties", "NINETIES")));
        await SayAsync(_alexa.Intent(IntentNames.Answer, ("mood", "something laid back", "LAID_BACK")));

        var index = CatalogIndex.For(_skill.Catalog);
        var query = new TasteQuery(index, new TasteConstraints { Era = "NINETIES", Mood = "LAID_BACK" });
        var exact = Enumerable.Range(0, index.Count).Where(i => TrackScorer.MatchShare(index, i, query) >= 1.0).ToList();
        Assert.NotEmpty(exact);
        var exactGenres = exact.Select(i => index.Tracks[i].GenreIds[0]).ToHashSet();

        var candidates = LastDecision.Candidates.Select(c => c.Action).ToList();
        var pairs = candidates.Where(a => a.StartsWith("ask_genre:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pairs);
        foreach (var genreId in pairs.SelectMany(p => p["ask_genre:".Length..].Split(',')))
        {
            Assert.True(exactGenres.Contains(genreId), $"{genreId} is offered, but no laid-back nineties track has it ({string.Join(", ", pairs)})");
        }

        var firstSample = candidates.First(a => a.StartsWith("play_sample:", StringComparison.Ordinal))["play_sample:".Length..];
        Assert.Contains(index.PositionOf(firstSample), exact);
    }

    private DecisionRecord LastDecision => _skill.Records.Records.OfType<DecisionRecord>().Last();

    private Task<SkillResponse> SayAsync(AlexaMusicSkill.Alexa.SkillRequest request) => _skill.SayAsync(_alexa, request);

    private Station BuiltFrom(SkillResponse response)
    {
        var play = Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(response.Response.Directives!, d => d is AudioPlayerPlayDirective));
        var token = PlaybackToken.TryParse(play.AudioItem.Stream.Token)!.Value;
        return new StationBuilder(_skill.Catalog).Build(StationSeed.TryParse(token.StationId)!);
    }

    /// <summary>Every label attribute holds for every track: the genre among its genres, the era exactly, the mood not opposite.</summary>
    private void AssertLabelHoldsForEveryTrack(Station station)
    {
        var index = CatalogIndex.For(_skill.Catalog);
        foreach (var id in station.TrackIds)
        {
            var track = _skill.Catalog.FindTrack(id)!;
            var i = index.PositionOf(id);
            if (station.Label.Genre is { } genre)
            {
                Assert.True((index.GenreMask[i] & CatalogIndex.Bit(genre)) != 0, $"{id} is not {genre}");
            }

            if (station.Label.Era is { } era)
            {
                Assert.Equal(era, track.EraId);
            }

            if (station.Label.Mood is { } mood)
            {
                var opposite = mood == "LAID_BACK" ? "UPBEAT" : mood == "UPBEAT" ? "LAID_BACK" : null;
                Assert.NotEqual(opposite, track.MoodId);
            }
        }
    }

    /// <summary>Starts the station and follows it to its end the way a device does (nearly finished → enqueue).</summary>
    private async Task<List<string>> PlayWholeStationAsync(SkillResponse accepted)
    {
        var play = Assert.IsType<AudioPlayerPlayDirective>(Assert.Single(accepted.Response.Directives!, d => d is AudioPlayerPlayDirective));
        var token = play.AudioItem.Stream.Token;
        var played = new List<string>();
        for (var i = 0; i <= StationBuilder.MaxLength && token is not null; i++)
        {
            played.Add(PlaybackToken.TryParse(token)!.Value.TrackId);
            var next = await _skill.SendAsync(_alexa.Player(new PlaybackNearlyFinishedRequest { Token = token, OffsetInMilliseconds = 170_000 }), Token);
            token = next.Response.Directives?.OfType<AudioPlayerPlayDirective>().SingleOrDefault()?.AudioItem.Stream.Token;
        }

        return played;
    }
}
