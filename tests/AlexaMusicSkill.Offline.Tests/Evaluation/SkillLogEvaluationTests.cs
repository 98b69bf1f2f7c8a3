using System.Diagnostics;
using AlexaMusicSkill.Offline.Evaluation;
using AlexaMusicSkill.Offline.Evaluation.Episodes;
using AlexaMusicSkill.Offline.Evaluation.Estimators;
using AlexaMusicSkill.Offline.Evaluation.RewardModels;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Offline.Tests.TestDoubles;
using AlexaMusicSkill.Policy;

namespace AlexaMusicSkill.Offline.Tests.Evaluation;

/// <summary>
/// Logs written by the skill itself: scripted listeners (fixed seeds) talk to the real engine with the rule-based
/// policy, every conversation exploring at ε = 0.3; the records go through JSON lines, the reader and the reward
/// join, and the off-policy estimates of the greedy rule-based policy are compared with its on-policy value from a
/// run of the same listeners without exploration.
/// </summary>
public sealed class SkillLogEvaluationTests(ITestOutputHelper output)
{
    private const int Conversations = 600;

    [Fact]
    public async Task Estimates_ExploringSkillLogs_RecoverTheGreedyRuleBasedPolicysOnPolicyValue()
    {
        var clock = Stopwatch.StartNew();
        var exploring = await TalkAsync(new ExplorationSettings(1.0, 0.3), seed: 1);
        var training = await TalkAsync(new ExplorationSettings(1.0, 0.3), seed: 2);
        var onPolicy = await TalkAsync(ExplorationSettings.None, seed: 3);
        output.WriteLine($"three runs of {Conversations} conversations: {clock.ElapsedMilliseconds} ms");

        var target = new DialoguePolicyTarget(new RuleBasedPolicy());
        var model = RidgeRewardModel.Fit(training.Turns);
        var data = EvaluationData.Build(exploring, target, model);
        var onPolicyTurn = onPolicy.Turns.Average(t => t.Reward);
        var onPolicySuccess = onPolicy.Episodes.Average(e => e.Success ? 1.0 : 0.0);
        var ips = new InverseProbabilityWeighting().Contribute(data).Value;
        var snips = new SelfNormalizedInverseProbabilityWeighting().Contribute(data).Value;
        var dr = new DoublyRobust().Contribute(data).Value;
        var success = new SuccessWeightedImportanceSampling().Contribute(data).Value;
        var diagnostics = WeightDiagnostics.Of(data);
        output.WriteLine($"on-policy: {onPolicyTurn:0.####} per turn, success {onPolicySuccess:P1} ({onPolicy.Turns.Count} turns); "
            + $"off-policy from {exploring.Turns.Count} exploring turns: IPS {ips:0.####}, SNIPS {snips:0.####}, DR {dr:0.####}, success WIS {success:P1}; "
            + $"logged {exploring.Turns.Average(t => t.Reward):0.####} per turn, success {exploring.Episodes.Average(e => e.Success ? 1.0 : 0.0):P1}; "
            + $"ESS {diagnostics.EffectiveSampleSize:0} (conversations {diagnostics.EpisodeEffectiveSampleSize:0}), largest weight {diagnostics.MaxWeight:0.#}");

        // Exploration costs reward: the logged mean is no estimate of the greedy policy, the weighting must do the work.
        Assert.True(onPolicyTurn - exploring.Turns.Average(t => t.Reward) > 0.04);
        Assert.True(diagnostics.FullSupport);
        Assert.Equal(Conversations, exploring.Episodes.Count);
        Assert.All(exploring.Turns, t => Assert.True(t.Exploring));
        Assert.InRange(ips, onPolicyTurn - 0.04, onPolicyTurn + 0.04);
        Assert.InRange(snips, onPolicyTurn - 0.04, onPolicyTurn + 0.04);
        Assert.InRange(dr, onPolicyTurn - 0.04, onPolicyTurn + 0.04);
        Assert.InRange(success, onPolicySuccess - 0.08, onPolicySuccess + 0.08);
    }

    [Fact]
    public async Task DialoguePolicyTarget_ExploringSkillLogs_PicksTheCandidateTheLoggedScoresRankFirst()
    {
        var log = await TalkAsync(new ExplorationSettings(1.0, 0.3), seed: 4, conversations: 60);
        var target = new DialoguePolicyTarget(new RuleBasedPolicy());

        Assert.All(log.Turns, turn =>
        {
            var pi = new double[turn.Candidates.Count];
            target.Distribution(turn, pi);
            Assert.Equal(ActionChooser.ArgMax([.. turn.Candidates.Select(c => c.Score)]), Array.IndexOf(pi, 1.0));
        });
    }

    private static Task<RewardedLog> TalkAsync(ExplorationSettings exploration, int seed, int conversations = Conversations) =>
        SkillLogs.TalkAsync(exploration, seed, conversations);
}
