using AlexaMusicSkill.Artifacts;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Tests.Policy.Model;

/// <summary>
/// The model shipped in models/policy.json (embedded in the library, served by default) must load and match the
/// feature extractor. When features change this fails: retrain (<c>musicskill experiment</c> or <c>train</c>) and commit.
/// </summary>
public sealed class CommittedModelTests
{
    private static readonly string ModelPath = RepositoryPaths.Combine("models", "policy.json");

    [Fact]
    public void CommittedModel_HasTheExtractorsFeatureSchemaAndLoads()
    {
        var artifact = PolicyModelLoader.Parse(File.ReadAllText(ModelPath));

        Assert.Equal(FeatureSchema.Names, artifact.FeatureNames);
        Assert.Equal(FeatureSchema.Version, artifact.FeatureSchemaVersion);
        var load = PolicyModelLoader.Load(File.ReadAllText(ModelPath));
        Assert.True(load.Policy is not null, load.Problem);
        Assert.Equal(ModelArtifact.Kinds.TreeEnsemble, artifact.Kind);
    }

    [Fact]
    public void EmbeddedModel_IsTheCommittedFile()
    {
        Assert.Equal(File.ReadAllText(ModelPath), ShippedArtifacts.Read(PolicyModelLoader.DefaultModelName));
    }
}
