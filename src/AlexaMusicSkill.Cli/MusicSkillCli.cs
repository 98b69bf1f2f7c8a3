using System.CommandLine;
using AlexaMusicSkill.Cli.Commands;

namespace AlexaMusicSkill.Cli;

/// <summary>The <c>musicskill</c> root command: one subcommand per verb, each in <c>Commands/</c>.</summary>
internal static class MusicSkillCli
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("Run the music finder Alexa skill locally (chat, invoke, serve, replay), check catalogs, learn its policy from logs (train, evaluate), test it on simulated listeners (simulate, experiment), and judge a staged rollout (report).");
        root.Add(ChatCommand.Create(console));
        root.Add(InvokeCommand.Create(console));
        root.Add(ServeCommand.Create(console));
        root.Add(ReplayCommand.Create(console));
        root.Add(CatalogCommand.Create(console));
        root.Add(TrainCommand.Create(console));
        root.Add(EvaluateCommand.Create(console));
        root.Add(SimulateCommand.Create(console));
        root.Add(ExperimentCommand.Create(console));
        root.Add(ReportCommand.Create(console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = Build(console).Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        var code = await parsed.InvokeAsync(configuration, cancellationToken);
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
    }
}
