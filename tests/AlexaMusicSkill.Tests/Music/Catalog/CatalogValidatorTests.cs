using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Catalog.Sources;

namespace AlexaMusicSkill.Tests.Music.Catalog;

public sealed class CatalogValidatorTests
{
    private static readonly ArtistRow Norah = new()
    {
        Id = "norah-jones", Name = "Norah Jones", Genres = ["JAZZ"], Energy = 0.2, Era = "TWO_THOUSANDS", Line = 2,
    };

    private static readonly TrackRow DontKnowWhy = new()
    {
        Id = "norah-jones--dont-know-why", ArtistId = "norah-jones", Title = "Don't Know Why", Year = 2002,
        DurationSeconds = 186, Line = 2,
    };

    [Fact]
    public void Validate_CleanDraft_HasNoFindings()
    {
        Assert.Empty(Validate([Norah], [DontKnowWhy]));
    }

    [Fact]
    public void Validate_BuiltInRules_NeedTwoTracksPerArtist()
    {
        var findings = CatalogValidator.Validate(Draft([Norah], [DontKnowWhy]), SmallCatalog.MediaBase, CatalogRules.BuiltIn);

        Assert.Contains("needs at least 2 tracks", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("norah-jones--dont-know-why", null)]
    [InlineData("other-artist--dont-know-why", "must start with its artist id")]
    [InlineData("norah-jones-dont-know-why", "must look like")]
    [InlineData("norah-jones--Dont-Know", "two lowercase slugs")]
    [InlineData("norah-jones--a--b", "two lowercase slugs")]
    [InlineData("norah-jones--aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", null)]
    [InlineData("norah-jones--aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "two lowercase slugs")]
    public void Validate_TrackIds_FollowArtistDashDashTitle(string id, string? why)
    {
        var findings = Validate([Norah], [DontKnowWhy with { Id = id }]);

        if (why is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Contains(why, Assert.Single(findings).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_SameSpokenNameAndSameTitle_AreDuplicates()
    {
        var again = Norah with { Id = "norah-jones-2", Name = "norah jones!", Line = 3 };
        var copy = DontKnowWhy with { Id = "norah-jones--dont-know-why-2", Title = "DON'T know why", Line = 3 };
        var other = DontKnowWhy with { Id = "norah-jones-2--song", ArtistId = "norah-jones-2", Title = "Song", Line = 4 };

        var findings = Validate([Norah, again], [DontKnowWhy, copy, other]);

        Assert.Contains(findings, f => f.Line == 3 && f.Field == "name" && f.Message.Contains("same spoken name", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Line == 3 && f.Field == "title" && f.Message.Contains("already listed on line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TrackEraNotContainingYear_IsAnError()
    {
        var finding = Assert.Single(Validate([Norah], [DontKnowWhy with { Era = "NINETIES" }]));

        Assert.Equal(("era", FindingSeverity.Error), (finding.Field, finding.Severity));
        Assert.Contains("does not contain the year 2002", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TrackMoodAgainstInheritedEnergy_IsChecked()
    {
        var finding = Assert.Single(Validate([Norah], [DontKnowWhy with { Mood = "UPBEAT" }]));

        Assert.Equal("mood", finding.Field);
        Assert.Contains("does not match energy 0.2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Warnings_DoNotRefuse()
    {
        var findings = Validate(
            [Norah with { Synonyms = ["the clash"] }, Norah with { Id = "the-clash", Name = "The Clash", Energy = 0.8, Era = null, Line = 3 }],
            [DontKnowWhy with { Energy = 0.9, SampleSeconds = 200, DurationSeconds = 120, Year = 1990 },
             DontKnowWhy with { Id = "the-clash--london-calling", ArtistId = "the-clash", Title = "London Calling", Line = 3 }]);

        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Contains(findings, f => f.Field == "synonyms" && f.Message.Contains("also the name of 'the-clash'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Field == "energy" && f.Message.Contains("far from the artist's", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Field == "sampleSeconds" && f.Message.Contains("longer than", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Field == "era" && f.Message.Contains("contains none of the artist's track years", StringComparison.Ordinal));
        Assert.Equal(4, findings.Count);
    }

    [Theory]
    [InlineData("samples/a b.mp3", "may contain only")]
    [InlineData("/samples/a.mp3", "must not start with '/'")]
    [InlineData("../a.mp3", "must not start with '/' or contain '..'")]
    [InlineData("ftp://media.example.com/a.mp3", "is not https")]
    [InlineData("samples/a.wav", "must be MP3")]
    [InlineData("https://media.example.com/a.mp3?X-Amz-Signature=abc&X-Amz-Date=1", null)]
    [InlineData("https://media.example.com/sample", null)]
    public void Validate_SampleLocations_MustBeHttpsMp3(string sample, string? why)
    {
        var findings = Validate([Norah], [DontKnowWhy with { Sample = sample }]);

        if (why is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            var finding = Assert.Single(findings);
            Assert.Equal("sample", finding.Field);
            Assert.Contains(why, finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_StreamUrlOverAlexaLimit_IsAnError()
    {
        var finding = Assert.Single(Validate([Norah], [DontKnowWhy with { Stream = "https://media.example.com/" + new string('a', 8000) + ".mp3" }]));

        Assert.Equal("stream", finding.Field);
        Assert.Contains("8,000 characters", finding.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<CatalogFinding> Validate(IReadOnlyList<ArtistRow> artists, IReadOnlyList<TrackRow> tracks) =>
        CatalogValidator.Validate(Draft(artists, tracks), SmallCatalog.MediaBase);

    private static CatalogDraft Draft(IReadOnlyList<ArtistRow> artists, IReadOnlyList<TrackRow> tracks) =>
        new("artists.csv", artists, "tracks.csv", tracks);
}
