using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Users;

namespace AlexaMusicSkill.Tests.Policy.Rollout;

public sealed class SplitPolicyAssignmentTests
{
    private const int Listeners = 20_000;

    /// <summary>Real user keys (HMAC of made-up Alexa user ids): the candidate share is within 4 binomial standard deviations.</summary>
    [Theory]
    [InlineData(0.01)]
    [InlineData(0.05)]
    [InlineData(0.2)]
    [InlineData(0.5)]
    public void Assign_UserKeys_MatchesTheShareWithinSamplingError(double share)
    {
        var assignment = new SplitPolicyAssignment(new RuleBasedPolicy(), new RuleBasedPolicy(), share);

        var candidates = Keys().Count(k => assignment.Assign(k).Arm == SplitPolicyAssignment.CandidateArm);

        var sd = Math.Sqrt(share * (1 - share) / Listeners);
        Assert.InRange(candidates / (double)Listeners, share - (4 * sd), share + (4 * sd));
    }

    [Fact]
    public void Assign_SameKey_SameArmAcrossInstancesAndCalls()
    {
        var first = new SplitPolicyAssignment(new RuleBasedPolicy(), new RuleBasedPolicy(), 0.2);
        var second = new SplitPolicyAssignment(new RuleBasedPolicy(), new RuleBasedPolicy(), 0.2);

        Assert.All(Keys().Take(2000), k => Assert.Equal(first.Assign(k).Arm, second.Assign(k).Arm));
        Assert.All(Keys().Take(2000), k => Assert.Equal(first.Assign(k).Arm, first.Assign(k).Arm));
    }

    [Fact]
    public void Assign_RaisingTheShare_OnlyMovesProductionListenersToTheCandidate()
    {
        var small = new SplitPolicyAssignment(new RuleBasedPolicy(), new RuleBasedPolicy(), 0.05);
        var large = new SplitPolicyAssignment(new RuleBasedPolicy(), new RuleBasedPolicy(), 0.2);

        var keys = Keys().ToList();
        Assert.All(keys.Where(k => small.Assign(k).Arm == SplitPolicyAssignment.CandidateArm), k => Assert.Equal(SplitPolicyAssignment.CandidateArm, large.Assign(k).Arm));
        Assert.True(keys.Count(k => large.Assign(k).Arm == SplitPolicyAssignment.CandidateArm) > keys.Count(k => small.Assign(k).Arm == SplitPolicyAssignment.CandidateArm));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Constructor_ShareOutOfRange_Throws(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SplitPolicyAssignment(new RuleBasedPolicy(), new RuleBasedPolicy(), share));

    private static IEnumerable<string> Keys()
    {
        var hasher = UserKeyHasher.FromText("split-test-secret-0123456789");
        return Enumerable.Range(0, Listeners).Select(i => hasher.KeyFor($"amzn1.ask.account.LISTENER{i:D6}"));
    }
}
