using AlexaMusicSkill.Offline.Experiments;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>Runs the experiment without the CLI and prints the headline numbers (`-- experiment out [--quick] [--hetrec dir]`).</summary>
internal static class ExperimentSmoke
{
    public static void Run(string[] args)
    {
        var output = args.Length > 0 ? args[0] : "out/experiment";
        var quick = args.Contains("--quick");
        var hetrec = Array.IndexOf(args, "--hetrec") is var h and >= 0 ? args[h + 1] : null;
        var options = (quick ? ExperimentOptions.QuickRun(output) : new ExperimentOptions { OutputDirectory = output }) with { LastFmDirectory = hetrec };
        var result = new ExperimentRunner().Run(options, new ConsoleProgress());
        foreach (var arm in result.Arms)
        {
            Console.WriteLine($"{arm.Arm.Name,-24} success {arm.Success.Percent()} turns→success {arm.TurnsToSuccess.Format("F2")} value/turn {arm.PerTurnValue.Format("F3")} ({arm.Run.ConversationsPerSecond:N0} conv/s)");
            Console.WriteLine("   mix: " + string.Join(", ", AlexaMusicSkill.Policy.ActionTypes.All.Select(t => $"{ActionTypeShares.Label(t)} {arm.Mix.Overall[(int)t]:P0}/{arm.Mix.First[(int)t]:P0}")));
        }

        var (s1, t1) = result.LearnedVsRules;
        var (s2, t2) = result.AffinityVsLearned;
        Console.WriteLine($"learned vs rules: success {s1.SignedPercent()} turns {t1.SignedPercent()}");
        Console.WriteLine($"affinity vs learned: success {s2.SignedPercent()} turns {t2.SignedPercent()}");
        foreach (var stage in new[] { result.First, result.Second })
        {
            Console.WriteLine($"log {stage.LoggingArm.Name}: {stage.Summary.Conversations:N0} conversations, gate {(stage.Gate.Passed ? "passed" : "refused: " + string.Join("; ", stage.Gate.Failed.Select(c => c.Name)))}");
            Console.WriteLine("   " + string.Join("; ", stage.LearnedEstimates.Select(e => $"{e.Estimator} {e.Value:F3} [{e.Lower:F3},{e.Upper:F3}]")));
        }

        Console.WriteLine($"report: {Path.Combine(Path.GetFullPath(output), ExperimentReport.FileName)}");
        foreach (var (stage, time) in result.StageTimes)
        {
            Console.WriteLine($"  {time.TotalSeconds,7:F1} s  {stage}");
        }

        Console.WriteLine($"total {result.Elapsed.TotalSeconds:F1} s");
    }

    private sealed class ConsoleProgress : IExperimentProgress
    {
        public void Begin(string stage, int total) => Console.WriteLine($"… {stage}");

        public void Advance(int units)
        {
        }

        public void End()
        {
        }
    }
}
