namespace AlexaMusicSkill.Logging;

/// <summary>Operational log: one structured line per entry. Never given a raw user id or utterance text.</summary>
public interface IEventLog
{
    bool IsEnabled(LogLevel level);

    void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string?>>? fields = null, Exception? error = null);
}

public static class EventLogExtensions
{
    public static void Info(this IEventLog log, string message, params KeyValuePair<string, string?>[] fields) =>
        log.Write(LogLevel.Info, message, fields);

    public static void Warn(this IEventLog log, string message, params KeyValuePair<string, string?>[] fields) =>
        log.Write(LogLevel.Warn, message, fields);

    public static void Error(this IEventLog log, string message, Exception? error, params KeyValuePair<string, string?>[] fields) =>
        log.Write(LogLevel.Error, message, fields, error);

    public static KeyValuePair<string, string?> Field(string name, string? value) => new(name, value);

    public static KeyValuePair<string, string?> Field(string name, double value) =>
        new(name, value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
}
