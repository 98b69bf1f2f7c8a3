using AlexaMusicSkill.Policy.Rollout;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Tests.Reports;

/// <summary>Quick synthetic logs: conversations split 20/80 between the arms, each accepted with its arm's rate.</summary>
internal static class SimulatedArms
{
    public static IReadOnlyList<LogRecord> Records(double candidateRate, double productionRate, int conversations, int seed)
    {
        var random = new Random(seed);
        var log = new HandMadeLog();
        var start = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < conversations; i++)
        {
            var candidate = random.NextDouble() < 0.2;
            var accepted = random.NextDouble() < (candidate ? candidateRate : productionRate);
            string[] actions = candidate ? ["ask_genre", "play_sample"] : ["ask_open", "ask_mood", "play_sample"];
            log.Conversation(
                $"s{i:D6}",
                candidate ? SplitPolicyAssignment.CandidateArm : SplitPolicyAssignment.ProductionArm,
                candidate ? "gbt-next" : "rules-v1",
                start.AddMinutes(i),
                actions,
                accepted ? OutcomeRecord.Accepted : OutcomeRecord.Abandoned,
                accepted ? [30 + (i % 7) * 10] : []);
        }

        return log.Records;
    }
}
