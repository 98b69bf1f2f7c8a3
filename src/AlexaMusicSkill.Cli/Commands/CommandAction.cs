namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// Runs a verb's work and turns the user's mistakes into one line on stderr and an exit code. Anything else is a bug
/// and keeps its stack trace.
/// </summary>
internal static class CommandAction
{
    public static async Task<int> RunAsync(CliConsole console, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (UserErrorException e)
        {
            await console.Error.WriteLineAsync("musicskill: " + e.Message);
            return e.ExitCode;
        }
    }
}
