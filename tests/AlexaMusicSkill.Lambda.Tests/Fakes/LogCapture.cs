using System.Text;
using System.Text.Json;
using AlexaMusicSkill.Logging;

namespace AlexaMusicSkill.Lambda.Tests.Fakes;

/// <summary>A <see cref="JsonLineWriter"/> over memory, as stdout would be, with its lines parsed back.</summary>
internal sealed class LogCapture : IDisposable
{
    private readonly MemoryStream _stream = new();

    public LogCapture() => Writer = new JsonLineWriter(_stream);

    public JsonLineWriter Writer { get; }

    public IEventLog Log(LogLevel minimum = LogLevel.Info) => new JsonEventLog(Writer, minimum, TimeProvider.System);

    /// <summary>Read after the code under test has finished writing (MemoryStream is not thread-safe).</summary>
    public IReadOnlyList<string> RawLines => Encoding.UTF8.GetString(_stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<JsonElement> Lines => RawLines.Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    public void Dispose() => Writer.Dispose();
}
