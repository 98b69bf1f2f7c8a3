using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Tests.Music.Affinity;

public sealed class AffinityResolverTests
{
    private static readonly string Model = AffinityJsonContext.Serialize(new AffinityArtifact
    {
        ModelVersion = "als-test",
        Dimensions = 2,
        ArtistIds = ["miles-davis", "radiohead"],
        Vectors = [1, 0, 0, 1],
    });

    [Fact]
    public void Resolve_None_ServesNoPersonalization()
    {
        Assert.Same(NoAffinity.Instance, AffinityResolver.Resolve("none", new InMemoryEventLog(), _ => Model));
    }

    [Fact]
    public void Resolve_ShippedModel_ServesItsEmbeddings()
    {
        var model = AffinityResolver.Resolve("model", new InMemoryEventLog(), name => name == "affinity" ? Model : null);

        Assert.Equal("als-test", Assert.IsType<EmbeddingAffinityModel>(model).Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{broken")]
    public void Resolve_MissingOrBrokenModel_FallsBackAndSaysWhy(string? json)
    {
        var log = new InMemoryEventLog();

        var model = AffinityResolver.Resolve("model:other", log, _ => json);

        Assert.Same(NoAffinity.Instance, model);
        Assert.Contains(log.Entries, e => e.Message.Contains("without personalization", StringComparison.Ordinal));
    }

    [Fact]
    public void Configuration_BadAffinitySetting_IsNamed()
    {
        var result = SkillConfiguration.FromEnvironment(
            new Dictionary<string, string?> { ["SKILL_ID"] = AlexaRequests.LocalSkillId, ["USER_KEY_SECRET"] = "0123456789abcdef0123", ["AFFINITY"] = "yes please" },
            requireTable: false);

        Assert.Contains("AFFINITY 'yes please'", result.Summary);
    }
}
