using AlexaMusicSkill.Configuration;
using AlexaMusicSkill.Policy.Model;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Tests.Policy.Model;

namespace AlexaMusicSkill.Tests.Policy.Rollout;

public sealed class PolicyResolverTests
{
    private static readonly string Model = PolicyModelLoader.Serialize(TestArtifacts.PreferType("is_play_sample"));

    [Fact]
    public void Resolve_CandidateShare_SplitsListenersStablyAndNearTheShare()
    {
        var assignment = PolicyResolver.Resolve(Config("rules", "model:next", 0.2), new InMemoryEventLog(), name => name == "next" ? Model : null);

        // Fixed set of 20,000 user keys: the candidate share is within 1 percentage point of 20%.
        var arms = Enumerable.Range(0, 20_000).Select(i => assignment.Assign($"user-key-{i:D5}").Arm).ToList();
        var share = arms.Count(a => a == SplitPolicyAssignment.CandidateArm) / 20_000.0;
        Assert.InRange(share, 0.19, 0.21);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(arms[i], assignment.Assign($"user-key-{i:D5}").Arm));
        Assert.IsType<LearnedPolicy>(assignment.Assign(Enumerable.Range(0, 100).Select(i => $"user-key-{i:D5}").First(k => SplitPolicyAssignment.Bucket(k) < 0.2)).Policy);
    }

    [Fact]
    public void Resolve_UnloadableCandidate_FailsTheColdStartClearly()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            PolicyResolver.Resolve(Config("rules", "model:missing", 0.1), new InMemoryEventLog(), _ => null));

        Assert.Contains("CANDIDATE_POLICY 'model:missing'", error.Message);
    }

    [Fact]
    public void Resolve_NoCandidate_ServesEveryoneProduction()
    {
        var assignment = PolicyResolver.Resolve(Config("model", null, 0), new InMemoryEventLog(), _ => Model);

        Assert.Equal(SplitPolicyAssignment.ProductionArm, assignment.Assign("anyone").Arm);
        Assert.IsType<LearnedPolicy>(assignment.Assign("anyone").Policy);
    }

    [Theory]
    [InlineData("POLICY", "best", "POLICY 'best'")]
    [InlineData("CANDIDATE_POLICY", "model:../etc", "CANDIDATE_POLICY")]
    [InlineData("CANDIDATE_SHARE", "0.3", "CANDIDATE_POLICY is not set")]
    [InlineData("CANDIDATE_SHARE", "2", "CANDIDATE_SHARE '2'")]
    public void Configuration_BadPolicySettings_AreNamedInTheError(string name, string value, string expected)
    {
        var env = new Dictionary<string, string?>
        {
            ["SKILL_ID"] = AlexaRequests.LocalSkillId,
            ["USER_KEY_SECRET"] = "0123456789abcdef0123",
            [name] = value,
        };

        var result = SkillConfiguration.FromEnvironment(env, requireTable: false);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Summary);
    }

    private static SkillConfiguration Config(string policy, string? candidate, double share) => new()
    {
        SkillId = AlexaRequests.LocalSkillId,
        Policy = policy,
        CandidatePolicy = candidate,
        CandidateShare = share,
    };
}
