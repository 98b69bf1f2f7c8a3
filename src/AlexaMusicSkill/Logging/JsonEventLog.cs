namespace AlexaMusicSkill.Logging;

/// <summary>
/// The structured operational log: one JSON object per line with <c>timestamp</c>, <c>level</c> and <c>message</c>
/// (the shape Lambda's JSON log format and level filtering expect), plus fields and exception details.
/// </summary>
public sealed class JsonEventLog(JsonLineWriter output, LogLevel minimumLevel, TimeProvider clock) : IEventLog
{
    public bool IsEnabled(LogLevel level) => level >= minimumLevel;

    public void Write(LogLevel level, string message, IReadOnlyList<KeyValuePair<string, string?>>? fields = null, Exception? error = null)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        output.WriteLine(json =>
        {
            json.WriteString("timestamp", clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("level", level.ToWire());
            json.WriteString("message", message);
            if (fields is not null)
            {
                foreach (var (name, value) in fields)
                {
                    json.WriteString(name, value);
                }
            }

            if (error is not null)
            {
                json.WriteString("errorType", error.GetType().Name);
                json.WriteString("errorMessage", error.Message);
                json.WriteStartArray("stackTrace");
                foreach (var frame in (error.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    json.WriteStringValue(frame);
                }

                json.WriteEndArray();
            }
        });
    }
}
