using System.Diagnostics;
using AlexaMusicSkill.Offline.Reports;
using AlexaMusicSkill.Offline.Reports.Promotion;
using AlexaMusicSkill.Offline.Tests.TestDoubles;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Offline.Tests.Reports;

/// <summary>
/// A staged rollout simulated end to end: scripted listeners (the Offline tests' <see cref="ScriptedListener"/>, a
/// target track each, fixed seeds) talk to the real skill, arms assigned by <see cref="SplitPolicyAssignment"/> with
/// 20% to the candidate; records go through JSON lines into the report and the promotion rule. The simulator issue
/// (Offline/Simulation) had not landed in main when this was written, hence the scripted listeners.
/// Better candidate: the rule-based policy replacing a weak production that plays samples without asking.
/// Worse candidate: that weak policy staged against the rule-based production.
/// </summary>
public sealed class SimulatedRolloutTests(ITestOutputHelper output)
{
    private const int Listeners = 700;
    private const int ConversationsPerListener = 2;
    private const double CandidateShare = 0.2;

    [Fact]
    public async Task Rollout_BetterCandidate_ReportShowsItAndTheRulePromotes()
    {
        var (report, records) = await RolloutAsync(production: new SamplesFirstPolicy(), candidate: new RuleBasedPolicy(), seed: 31);

        AssertArmsAreStableAndNearTheShare(records);
        Assert.True(report.Comparison!.Success.Lower > 0, $"success difference {report.Comparison.Success}");
        Assert.Equal("ask_open", report.Candidate!.FirstDecision.Top!.ActionType);
        Assert.Equal("play_sample", report.Production!.FirstDecision.Top!.ActionType);
        Assert.Equal(PromotionVerdict.Promote, report.Decision!.Verdict);
    }

    [Fact]
    public async Task Rollout_WorseCandidate_ReportShowsItAndTheRuleRollsBack()
    {
        var (report, records) = await RolloutAsync(production: new RuleBasedPolicy(), candidate: new SamplesFirstPolicy(), seed: 32);

        AssertArmsAreStableAndNearTheShare(records);
        Assert.True(report.Comparison!.Success.Upper < 0, $"success difference {report.Comparison.Success}");
        Assert.Equal(PromotionVerdict.RollBack, report.Decision!.Verdict);
        Assert.Contains("worse", report.Decision.Reason);
    }

    private async Task<(OnlineReport Report, IReadOnlyList<LogRecord> Records)> RolloutAsync(IDialoguePolicy production, IDialoguePolicy candidate, int seed)
    {
        var clock = Stopwatch.StartNew();
        var skill = new SkillHarness(catalog: TestCatalog.Large, seed: seed, policies: new SplitPolicyAssignment(production, candidate, CandidateShare));
        var listener = new ScriptedListener(skill, new Random(seed));
        var targets = new Random(seed + 100);
        for (var l = 0; l < Listeners; l++)
        {
            var alexa = new AlexaRequests($"amzn1.ask.account.ROLLOUT{seed}-{l}");
            for (var c = 0; c < ConversationsPerListener; c++)
            {
                await listener.ConverseAsync(alexa, TestCatalog.Large.Tracks[targets.Next(TestCatalog.Large.Tracks.Count)]);
            }
        }

        var path = Path.Combine(Path.GetTempPath(), $"rollout-{Guid.NewGuid():N}.jsonl");
        try
        {
            await File.WriteAllLinesAsync(path, skill.Records.Records.Select(JsonLinesDecisionLog.Serialize), TestContext.Current.CancellationToken);
            var report = ReportRunner.Build(new ReportRequest { Paths = [path], Options = new ReportOptions { Decide = true, BootstrapResamples = 200 } });
            output.WriteLine($"{Listeners * ConversationsPerListener} conversations in {clock.ElapsedMilliseconds} ms");
            output.WriteLine(MarkdownReport.Render(report));
            return (report, skill.Records.Records);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertArmsAreStableAndNearTheShare(IReadOnlyList<LogRecord> records)
    {
        var armsPerListener = records.GroupBy(r => r.UserKey).Select(g => g.Select(r => r.Arm).Distinct().ToList()).ToList();
        Assert.Equal(Listeners, armsPerListener.Count);
        Assert.All(armsPerListener, arms => Assert.Single(arms));

        // Binomial(700, 0.2): standard deviation 1.5 points; four of them either side.
        var share = armsPerListener.Count(a => a[0] == SplitPolicyAssignment.CandidateArm) / (double)Listeners;
        Assert.InRange(share, CandidateShare - 0.06, CandidateShare + 0.06);
    }
}
