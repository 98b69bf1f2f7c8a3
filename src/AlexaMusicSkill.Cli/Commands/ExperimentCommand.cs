using System.CommandLine;
using System.Diagnostics;
using AlexaMusicSkill.Offline.Experiments;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill experiment --out out/experiment [--histories DIR] [--quick]</c>: the anchor's two A/B tests in
/// simulation (log the exploring rule-based policy, train, evaluate offline and gate, A/B rule-based vs learned vs
/// learned + affinity + larger candidate set) with a Markdown report and PNG charts in the output folder.
/// </summary>
internal static class ExperimentCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "Folder for logs, models, report.md and charts (never commit it for HetRec runs)", Required = true };
        var quick = new Option<bool>("--quick") { Description = "A small run (seconds): same steps, fewer conversations and trees" };
        var seed = new Option<ulong>("--seed") { DefaultValueFactory = _ => 2021UL };
        var logged = new Option<int?>("--logged") { Description = "Conversations per training log (default 50,000)" };
        var ab = new Option<int?>("--ab") { Description = "Conversations per A/B arm (default 20,000)" };
        var histories = PopulationOptions.HistoriesOption();
        var media = PopulationOptions.MediaOption();
        var command = new Command("experiment", "Simulated A/B tests of the learned policy against the rule-based one, with a report");
        foreach (var option in new Option[] { output, quick, seed, logged, ab, histories, media })
        {
            command.Add(option);
        }

        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(console, () =>
        {
            // Throughput work with large transient buffers: blocking collections keep the heap (and RSS) tight.
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
            PopulationOptions.CheckHistories(result.GetValue(histories));
            var folder = result.GetValue(output)!;
            var options = (result.GetValue(quick) ? ExperimentOptions.QuickRun(folder, result.GetValue(seed)) : new ExperimentOptions { OutputDirectory = folder, Seed = result.GetValue(seed) })
                with { LastFmDirectory = result.GetValue(histories), MediaBaseUrl = result.GetValue(media)! };
            options = options with
            {
                LoggedConversations = result.GetValue(logged) ?? options.LoggedConversations,
                AbConversations = result.GetValue(ab) ?? options.AbConversations,
            };
            if (options.LoggedConversations < 100 || options.AbConversations < 100)
            {
                throw new UserErrorException("--logged and --ab need at least 100 conversations.");
            }

            var experiment = SpectreProgress.Run(console, progress => new ExperimentRunner().Run(options, progress, Commit(), cancellationToken));
            foreach (var arm in experiment.Arms)
            {
                console.Out.WriteLine($"{arm.Arm.Name,-24} success {arm.Success.Percent()}  turns to success {arm.TurnsToSuccess.Format("F2")}");
            }

            var (success, turns) = experiment.LearnedVsRules;
            var (compoundSuccess, compoundTurns) = experiment.AffinityVsRules;
            console.Out.WriteLine($"learned vs rule-based: success {success.SignedPercent()}, turns to success {turns.SignedPercent()}");
            console.Out.WriteLine($"learned + affinity + larger set vs rule-based: success {compoundSuccess.SignedPercent()}, turns to success {compoundTurns.SignedPercent()}");
            console.Out.WriteLine($"report: {Path.Combine(Path.GetFullPath(folder), ExperimentReport.FileName)} ({experiment.Elapsed.TotalMinutes:0.0} min)");
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    /// <summary>The commit the run was made from (reports name it); "unknown" outside a git checkout.</summary>
    private static string Commit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short=12 HEAD") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            var hash = git?.StandardOutput.ReadToEnd().Trim();
            git?.WaitForExit();
            using var dirty = Process.Start(new ProcessStartInfo("git", "status --porcelain --untracked-files=no") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            var changes = dirty?.StandardOutput.ReadToEnd().Trim();
            dirty?.WaitForExit();
            return string.IsNullOrEmpty(hash) ? "unknown" : hash + (string.IsNullOrEmpty(changes) ? string.Empty : " (with uncommitted changes)");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
