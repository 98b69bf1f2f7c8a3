using AlexaMusicSkill.Logging;

namespace AlexaMusicSkill.Cli.Local;

/// <summary>The skill's operational log as short human lines (stderr for chat and invoke, stdout for serve).</summary>
internal sealed class TextEventLog(TextWriter output, LogLevel minimumLevel) : IEventLog
{
    private readonly Lock _gate = new();

    public bool IsEnabled(LogLevel level) => level >= minimumLevel;

    public void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string?>>? fields = null, Exception? error = null)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        var line = new System.Text.StringBuilder("[skill] ").Append(level.ToWire().ToLowerInvariant()).Append(": ").Append(message);
        foreach (var (name, value) in fields ?? [])
        {
            line.Append(' ').Append(name).Append('=').Append(value);
        }

        if (error is not null)
        {
            line.Append('\n').Append(error);
        }

        lock (_gate)
        {
            output.WriteLine(line.ToString());
            output.Flush();
        }
    }
}
