using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Tests.Policy.Model;

public sealed class PolicyModelLoaderTests
{
    [Fact]
    public void Load_ValidArtifact_GivesALearnedPolicyNamedAfterTheModel()
    {
        var result = PolicyModelLoader.Load(PolicyModelLoader.Serialize(TestArtifacts.Stump(0.5)));

        Assert.NotNull(result.Policy);
        Assert.Equal("learned-test-model", result.Policy.Version);
        Assert.Equal("test-model", result.Policy.ModelVersion);
    }

    [Fact]
    public void Load_SchemaThatDiffersFromTheExtractor_IsRefusedWithTheReason()
    {
        var artifact = TestArtifacts.Stump(0.5) with { FeatureNames = [.. FeatureSchema.Names.Reverse()] };

        var result = PolicyModelLoader.Load(PolicyModelLoader.Serialize(artifact));

        Assert.Null(result.Policy);
        Assert.Contains("feature schema", result.Problem);
    }

    [Theory]
    [InlineData(null, "no model artifact")]
    [InlineData("{not json", "invalid")]
    [InlineData("{\"formatVersion\":99,\"modelVersion\":\"x\",\"kind\":\"tree-ensemble\",\"featureNames\":[],\"featureSchemaVersion\":\"x\",\"trainingDataFingerprint\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\"}", "format")]
    public void Load_MissingOrInvalid_IsRefused(string? json, string reason)
    {
        var result = PolicyModelLoader.Load(json);

        Assert.Null(result.Policy);
        Assert.Contains(reason, result.Problem);
    }

    [Fact]
    public void Load_TreeWithAChildPointingBackwards_IsRefused()
    {
        var broken = TestArtifacts.Stump(0.5) with
        {
            Trees = [new TreeArtifact { SplitFeatures = [0, 1], Thresholds = [1, 1], LeftChildren = [1, 0], RightChildren = [-1, -2], LeafValues = [0, 1, 2] }],
        };

        Assert.Contains("child", PolicyModelLoader.Load(PolicyModelLoader.Serialize(broken)).Problem);
    }

    [Fact]
    public void ChoosePolicy_BrokenModel_FallsBackToRulesAndLogsWhy()
    {
        var log = new InMemoryEventLog();

        var policy = PolicyResolver.Production("model", log, _ => "{broken");

        Assert.IsType<RuleBasedPolicy>(policy);
        Assert.Contains(log.Entries, e => e.Message.Contains("falling back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LearnedPolicy_ServedByTheEngine_DecidesAndLogsItsModelVersion()
    {
        // A model that loves samples: its decisions are samples from the first turn, and records name it.
        var policy = PolicyModelLoader.Load(PolicyModelLoader.Serialize(TestArtifacts.PreferType("is_play_sample"))).Policy!;
        var skill = new SkillHarness(policy: policy);
        var alexa = new AlexaRequests();

        await skill.SayAsync(alexa, alexa.Launch());

        var decision = Assert.Single(skill.Records.Records.OfType<DecisionRecord>());
        Assert.Equal("play_sample", decision.Offered.Type);
        Assert.Equal("learned-prefer-is_play_sample", decision.PolicyVersion);
        Assert.Equal("prefer-is_play_sample", decision.ModelVersion);
    }
}

/// <summary>Small hand-made model artifacts.</summary>
internal static class TestArtifacts
{
    public static ModelArtifact Stump(double leaf) => new()
    {
        ModelVersion = "test-model",
        Kind = ModelArtifact.Kinds.TreeEnsemble,
        FeatureNames = FeatureSchema.Names,
        FeatureSchemaVersion = FeatureSchema.Version,
        Trees = [new TreeArtifact { SplitFeatures = [], Thresholds = [], LeftChildren = [], RightChildren = [], LeafValues = [leaf] }],
        TrainingDataFingerprint = "none",
        CreatedAt = DateTimeOffset.Parse("2026-11-25T00:00:00Z"),
    };

    /// <summary>One split: feature &gt; 0.5 scores 1, else 0.</summary>
    public static ModelArtifact PreferType(string feature) => Stump(0) with
    {
        ModelVersion = "prefer-" + feature,
        Trees = [new TreeArtifact { SplitFeatures = [FeatureSchema.IndexOf(feature)], Thresholds = [0.5f], LeftChildren = [-1], RightChildren = [-2], LeafValues = [0, 1] }],
    };
}
