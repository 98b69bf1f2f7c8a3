using AlexaMusicSkill.Music.Stations;

namespace AlexaMusicSkill.Tests.Music.Stations;

public sealed class StationExclusionsTests
{
    [Fact]
    public void Pack_RoundTripsThroughTheStationId_SortedAndDeduplicated()
    {
        var seed = new StationSeed(Genre: "JAZZ", Mood: "LAID_BACK").Excluding(["diana-krall--peel-me-a-grape", "sade--no-ordinary-love", "sade--no-ordinary-love"], ["norah-jones"]);
        var parsed = StationSeed.TryParse(seed.Id);

        Assert.Equal(seed, parsed);
        Assert.Equal(new StationSeed(Genre: "JAZZ", Mood: "LAID_BACK"), parsed!.Described);
        var hashes = StationExclusions.Unpack(parsed.Excluded)!;
        Assert.Equal(3, hashes.Count);
        Assert.True(StationExclusions.Excludes(hashes, "diana-krall--peel-me-a-grape", "diana-krall"));
        Assert.True(StationExclusions.Excludes(hashes, "norah-jones--dont-know-why", "norah-jones"));
        Assert.False(StationExclusions.Excludes(hashes, "diana-krall--the-look-of-love", "diana-krall"));
        Assert.Equal(seed.Id, new StationSeed(Genre: "JAZZ", Mood: "LAID_BACK").Excluding(["sade--no-ordinary-love", "diana-krall--peel-me-a-grape"], ["norah-jones"]).Id);
    }

    [Fact]
    public void FullestExclusionList_WithTheLongestIds_StillFitsAnAudioPlayerToken()
    {
        // Slugs are at most 80 characters, so a track id is at most 162; a conversation rejects at most MaxEntries items.
        var longArtist = new string('a', 80);
        var longTrack = longArtist + "--" + new string('b', 80);
        var excluded = Enumerable.Range(0, StationExclusions.MaxEntries).Select(i => $"{longArtist}--{i}").ToList();
        var seed = new StationSeed(TrackId: longTrack, Genre: "ALTERNATIVE_ROCK", Mood: "LAID_BACK", Era: "PRE_FIFTIES", Activity: "WORKOUT").Excluding(excluded, []);
        var token = new PlaybackToken(seed.Id, StationBuilder.MaxLength, longTrack).ToString();

        Assert.True(seed.Id.Length <= StationSeed.MaxIdLength, $"station id {seed.Id.Length} characters");
        Assert.True(token.Length <= 1024, $"token {token.Length} characters");
        Assert.Equal(seed, StationSeed.TryParse(PlaybackToken.TryParse(token)!.Value.StationId));
        Assert.Throws<ArgumentException>(() => new StationSeed().Excluding([.. excluded, "one-more--x"], []));

        // Every rejection answers a decision: the list holds a whole conversation's.
        Assert.True(StationExclusions.MaxEntries >= AlexaMusicSkill.Dialogue.DialogueServices.MaxTurns);
    }

    [Theory]
    [InlineData("g.JAZZ+n.")]
    [InlineData("g.JAZZ+n.!!!!")]
    [InlineData("g.JAZZ+n.AAA")]
    [InlineData("g.JAZZ+n.AAAAA")]
    public void TryParse_RefusesABrokenExclusionList(string id) => Assert.Null(StationSeed.TryParse(id));

    [Fact]
    public void Build_LeavesOutExcludedTracksAndArtists_AndTheExcludedSeedTrack()
    {
        var catalog = AlexaMusicSkill.Music.Catalog.BuiltInCatalog.Load("https://media.example.com");
        var builder = new StationBuilder(catalog);
        var plain = builder.Build(new StationSeed(Genre: "JAZZ"));
        var firstArtist = catalog.FindTrack(plain.TrackIds[0])!.ArtistId;
        var excluded = builder.Build(new StationSeed(Genre: "JAZZ").Excluding([plain.TrackIds[1]], [firstArtist]));

        Assert.DoesNotContain(plain.TrackIds[1], excluded.TrackIds);
        Assert.DoesNotContain(excluded.TrackIds, id => catalog.FindTrack(id)!.ArtistId == firstArtist);

        var seeded = builder.Build(new StationSeed(TrackId: plain.TrackIds[0]).Excluding([plain.TrackIds[0]], []));
        Assert.DoesNotContain(plain.TrackIds[0], seeded.TrackIds);
    }
}
