using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.State;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Tests.Music.Affinity;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Tests.Policy;

public sealed class CandidateGeneratorTests
{
    private static readonly DialogueState Start = new() { ConversationId = "c" };
    private static readonly UserMeaning Launch = UserMeaning.Of(UserAct.Launch);

    [Fact]
    public void Generate_WithoutAffinityModel_NoCandidateCarriesAffinity()
    {
        var set = new CandidateGenerator(TestCatalog.Catalog).Generate(DecisionQueries.For(Start, JazzListener(), Launch));
        Assert.All(set.Candidates, c => Assert.Null(c.Affinity));
    }

    [Fact]
    public void Generate_WithAffinity_RanksTheListenersTasteFirstAndTagsItems()
    {
        var generator = new CandidateGenerator(TestCatalog.Catalog, affinity: new EmbeddingAffinityModel(EmbeddingAffinityModelTests.Artifact));
        var set = generator.Generate(DecisionQueries.For(Start, JazzListener(), Launch));
        var samples = set.Candidates.Where(c => c.Type == ActionType.PlaySample).ToList();
        var firstArtist = TestCatalog.Catalog.FindTrack(samples[0].Id.FirstArg!)!.ArtistId;
        Assert.Contains(firstArtist, new[] { "miles-davis", "chet-baker" });
        Assert.Equal(1.0, samples[0].Affinity!.Value, 3);
        Assert.Contains(set.Candidates, c => c.Type == ActionType.AskGenre && c.Affinity is not null);
        Assert.All(set.Candidates.Where(c => c.Type is ActionType.AskMood or ActionType.AskOpen), c => Assert.Null(c.Affinity));

        // The genre pair leans to the listener's history: jazz is in the first pair offered.
        var pair = set.Candidates.First(c => c.Type == ActionType.AskGenre).Id.Args;
        Assert.Contains("JAZZ", pair);
    }

    [Fact]
    public void Generate_SettingsCapTheCandidates()
    {
        var small = new CandidateSettings { MaxCandidates = 6, MaxSamples = 3, MaxArtists = 1, MaxGenrePairs = 1 };
        var set = new CandidateGenerator(TestCatalog.Large, small).Generate(DecisionQueries.For(Start, UserProfile.Empty, Launch));
        Assert.InRange(set.Candidates.Count, 1, 6);
        Assert.True(set.Candidates.Count(c => c.Type == ActionType.PlaySample) <= 3);
        Assert.True(set.Candidates.Count(c => c.Type == ActionType.SuggestArtist) <= 1);

        var large = new CandidateGenerator(TestCatalog.Large, CandidateSettings.Large).Generate(DecisionQueries.For(Start, UserProfile.Empty, Launch));
        var standard = new CandidateGenerator(TestCatalog.Large).Generate(DecisionQueries.For(Start, UserProfile.Empty, Launch));
        Assert.True(large.Candidates.Count > standard.Candidates.Count);
        Assert.True(standard.Candidates.Count <= CandidateSettings.Default.MaxCandidates);
    }

    [Fact]
    public void Validated_ImpossibleSettings_Refused()
    {
        Assert.Throws<ArgumentException>(() => new CandidateSettings { MaxCandidates = 0 }.Validated());
        Assert.Throws<ArgumentException>(() => new CandidateSettings { MaxCandidates = CandidateSettings.MaxSupportedCandidates + 1 }.Validated());
        Assert.Throws<ArgumentException>(() => new CandidateSettings { PoolDepth = 4 }.Validated());
        Assert.Throws<ArgumentException>(() => new CandidateSettings { AffinityWeight = double.NaN }.Validated());
    }

    private static UserProfile JazzListener() => UserProfile.Empty with { Played = [EmbeddingAffinityModelTests.TrackOf("miles-davis")] };
}
