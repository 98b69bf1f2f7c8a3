namespace AlexaMusicSkill.Cli;

/// <summary>
/// The terminal a command talks to. <see cref="Interactive"/> is false when stdin is piped or redirected: then
/// no prompts are printed and the end of input ends the command. Tests pass string readers and writers.
/// </summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool Interactive)
{
    public static CliConsole Standard() => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}
