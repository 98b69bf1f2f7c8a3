using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.Understanding;
using static AlexaMusicSkill.Offline.Tests.TestDoubles.TestRecords;

namespace AlexaMusicSkill.Offline.Tests.Rewards;

public sealed class PromptUsefulnessTests
{
    private static readonly AcceptedItem AltRockStation = new()
    {
        StationId = "g.ALT_ROCK+m.UPBEAT",
        ArtistId = "pixies",
        FirstTrackId = "pixies--song-1",
        Genres = ["ALT_ROCK", "INDIE"],
        Mood = "UPBEAT",
        Era = "EIGHTIES",
    };

    [Theory]
    [InlineData("LAID_BACK", 1)]
    [InlineData("UPBEAT", 0)]
    public void Of_MoodQuestion_EarnsOneOnlyWhenTheRepliedMoodIsTheItemsMood(string mood, double expected) =>
        Assert.Equal(expected, PromptUsefulness.Of("ask_mood", Answer(mood: mood), MilesSample));

    [Fact]
    public void Of_MoodQuestionAnsweredWithAGenreOnly_EarnsZero() =>
        Assert.Equal(0, PromptUsefulness.Of("ask_mood", Answer(genre: "JAZZ"), MilesSample));

    [Theory]
    [InlineData("ALT_ROCK", 1)] // one of the pair, and the item's genre
    [InlineData("ELECTRONIC", 0)] // one of the pair, not the item's
    [InlineData("ROCK", 1)] // neither of the pair: the parent genre matches alternative rock
    [InlineData("GRUNGE", 0)] // neither of the pair: a sub-genre the item does not carry
    [InlineData("JAZZ", 0)] // neither of the pair, no match
    public void Of_GenrePair_EarnsOneWhenTheNamedGenreOrAParentOfItMatches(string named, double expected) =>
        Assert.Equal(expected, PromptUsefulness.Of("ask_genre:ALT_ROCK,ELECTRONIC", Answer(genre: named), AltRockStation));

    [Theory]
    [InlineData(UserAct.Yes)]
    [InlineData(UserAct.No)]
    [InlineData(UserAct.Fallback)]
    public void Of_GenrePairWithoutAGenreInTheReply_EarnsZero(UserAct act) =>
        Assert.Equal(0, PromptUsefulness.Of("ask_genre:ALT_ROCK,ELECTRONIC", UserMeaning.Of(act), AltRockStation));

    [Fact]
    public void Of_GenreUnresolved_EarnsZero() =>
        Assert.Equal(0, PromptUsefulness.Of("ask_genre:ALT_ROCK,ELECTRONIC", new UserMeaning { Act = UserAct.Answer, ErStatus = ErStatuses.NoMatch }, AltRockStation));

    [Theory]
    [InlineData("FIFTIES", 1)]
    [InlineData("SIXTIES", 0)]
    public void Of_EraQuestion_EarnsOneOnlyWhenTheEraMatches(string era, double expected) =>
        Assert.Equal(expected, PromptUsefulness.Of("ask_era", Answer(era: era), MilesSample));

    [Theory]
    [InlineData(null, null, null, "miles-davis", 1)]
    [InlineData("UPBEAT", "JAZZ", null, null, 1)] // the genre matches even though the mood does not
    [InlineData("UPBEAT", "ROCK", "NINETIES", null, 0)]
    [InlineData(null, null, null, null, 0)]
    public void Of_OpenQuestion_EarnsOneWhenAnyNamedAttributeMatches(string? mood, string? genre, string? era, string? artist, double expected) =>
        Assert.Equal(expected, PromptUsefulness.Of("ask_open", Answer(mood, genre, era, artist), MilesSample));

    [Fact]
    public void Of_OpenQuestionAnsweredWithTheStationsActivity_EarnsOne()
    {
        var workout = new AcceptedItem { StationId = "x.WORKOUT", Activity = "WORKOUT", Genres = ["HIP_HOP"], Mood = "UPBEAT" };
        Assert.Equal(1, PromptUsefulness.Of("ask_open", Answer(activity: "WORKOUT"), workout));
    }

    [Theory]
    [InlineData("ask_open")]
    [InlineData("ask_mood")]
    [InlineData("ask_genre:JAZZ,SOUL")]
    [InlineData("ask_era")]
    [InlineData("play_sample:miles-davis--song-1")]
    public void Of_ConversationNotAccepted_EarnsZero(string chosen) =>
        Assert.Equal(0, PromptUsefulness.Of(chosen, Answer("LAID_BACK", "JAZZ", "FIFTIES", "miles-davis"), accepted: null));

    [Theory]
    [InlineData("play_sample:miles-davis--song-1", 1)] // the accepted sample
    [InlineData("play_sample:miles-davis--song-2", 0)] // another track by the same artist
    [InlineData("suggest_artist:miles-davis", 0)] // the artist of the accepted sample, but not what seeded it
    [InlineData("offer_station:t.miles-davis--song-1", 1)] // the same station
    [InlineData("offer_station:a.miles-davis", 0)]
    public void Of_ItemActions_EarnOneWhenTheyAreTheAcceptedItem(string chosen, double expected) =>
        Assert.Equal(expected, PromptUsefulness.Of(chosen, UserMeaning.Of(UserAct.Yes), MilesSample));

    [Theory]
    [InlineData("play_sample:chet-baker--song-2", 1)] // the sample seeded the station
    [InlineData("suggest_artist:chet-baker", 0)]
    [InlineData("offer_station:t.chet-baker--song-2+g.JAZZ", 1)]
    public void Of_StationSeededByAnEarlierSample_CreditsTheSample(string chosen, double expected)
    {
        var station = new AcceptedItem { StationId = "t.chet-baker--song-2+g.JAZZ", ArtistId = "chet-baker", Genres = ["JAZZ"], Mood = "LAID_BACK", Era = "FIFTIES" };
        Assert.Equal(expected, PromptUsefulness.Of(chosen, UserMeaning.Of(UserAct.Yes), station));
    }

    [Fact]
    public void Of_ArtistSuggestionThatSeededTheStation_EarnsOne()
    {
        var station = new AcceptedItem { StationId = "a.pixies", ArtistId = "pixies", Genres = ["ALT_ROCK"], Mood = "UPBEAT", Era = "EIGHTIES" };
        Assert.Equal(1, PromptUsefulness.Of("suggest_artist:pixies", UserMeaning.Of(UserAct.Yes), station));
    }

    [Fact]
    public void Of_UnknownActionId_EarnsZero() =>
        Assert.Equal(0, PromptUsefulness.Of("dance_around", Answer(genre: "JAZZ"), MilesSample));
}
