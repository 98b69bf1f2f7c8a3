using AlexaMusicSkill.Offline.Experiments;
using Spectre.Console;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>Draws an experiment's stages as Spectre.Console progress bars (one per stage; workers advance them).</summary>
internal sealed class SpectreProgress(ProgressContext context) : IExperimentProgress
{
    private ProgressTask? _task;

    public void Begin(string stage, int total) => _task = context.AddTask(Markup.Escape(stage), maxValue: Math.Max(1, total));

    public void Advance(int units) => _task?.Increment(units);

    public void End()
    {
        if (_task is { } task)
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    /// <summary>Runs <paramref name="work"/> under live progress bars written to the command's output.</summary>
    public static T Run<T>(CliConsole console, Func<IExperimentProgress, T> work)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Interactive = console.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = console.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        return terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => work(new SpectreProgress(context)));
    }
}
