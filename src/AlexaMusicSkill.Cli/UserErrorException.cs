namespace AlexaMusicSkill.Cli;

/// <summary>
/// A mistake the user can fix. The command prints <see cref="Exception.Message"/> as one line on stderr and exits
/// with <see cref="ExitCode"/>; no stack trace, because it is not a bug.
/// </summary>
internal sealed class UserErrorException(string message, int exitCode = ExitCodes.UserError, Exception? inner = null)
    : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
