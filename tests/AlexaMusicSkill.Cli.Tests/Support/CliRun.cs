namespace AlexaMusicSkill.Cli.Tests.Support;

/// <summary>What one in-process run of <c>musicskill</c> printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs <c>musicskill</c> in-process the way a shell would, with piped stdin (not interactive) and captured output.</summary>
internal static class CliRun
{
    public static Task<CliResult> RunAsync(string[] args, string stdin = "") => RunUntilAsync(args, stdin, TestContext.Current.CancellationToken);

    /// <summary>As typed at a terminal: the same lines, but the command knows a person is there (prompts, no echo).</summary>
    public static Task<CliResult> RunInteractiveAsync(string[] args, string typed) => RunUntilAsync(args, typed, TestContext.Current.CancellationToken, interactive: true);

    /// <summary>Runs until the command ends by itself or <paramref name="stop"/> fires (how a test stops <c>serve</c>).</summary>
    public static async Task<CliResult> RunUntilAsync(string[] args, string stdin, CancellationToken stop, bool interactive = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(new StringReader(stdin), TextWriter.Synchronized(output), TextWriter.Synchronized(error), interactive);
        var code = await MusicSkillCli.RunAsync(args, console, stop);
        return new CliResult(code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }

    /// <summary>The options that keep a run's state, records and secret inside <paramref name="folder"/>.</summary>
    public static string[] Local(TempFolder folder) =>
        ["--state-dir", folder.Combine("state"), "--records", folder.Combine("records.jsonl")];
}
