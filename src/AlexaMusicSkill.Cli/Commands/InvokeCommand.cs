using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlexaMusicSkill.Cli.Local;
using AlexaMusicSkill.Dialogue;
using AlexaMusicSkill.Hosting;
using AlexaMusicSkill.Logging;

namespace AlexaMusicSkill.Cli.Commands;

/// <summary>
/// <c>musicskill invoke -e events/launch.json</c>: one event through the same handler composition as the Lambda,
/// with local stores, printing the response JSON (what <c>sam local invoke</c> does, without Docker).
/// </summary>
internal static class InvokeCommand
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliConsole console)
    {
        var local = new LocalSkillOptions();
        var eventFile = new Option<string>("--event", "-e")
        {
            Description = "The request envelope JSON (e.g. events/launch.json), or - for stdin",
            Required = true,
            HelpName = "file",
        };
        var command = new Command("invoke", "Send one Alexa request through the skill and print the response JSON");
        command.Add(eventFile);
        local.AddTo(command);
        command.SetAction((result, ct) => CommandAction.RunAsync(console, async () =>
        {
            var body = await ReadEventAsync(result.GetValue(eventFile)!, console, ct);
            await using var skill = await LocalSkill.OpenAsync(local.Read(result), new TextEventLog(console.Error, LogLevel.Warn), ct);
            var outcome = await skill.Function.InvokeAsync(body, new InvocationContext("local-invoke-" + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow.AddSeconds(7)), ct);
            switch (outcome)
            {
                case InvocationOutcome.Answered answered:
                    await console.Out.WriteLineAsync(JsonNode.Parse(answered.ResponseUtf8)!.ToJsonString(Pretty));
                    return ExitCodes.Ok;
                case InvocationOutcome.Refused refused:
                    throw new UserErrorException($"the skill refused the request ({refused.ErrorType}): {refused.Message} Ours is {skill.SkillId}.", ExitCodes.Refused);
                default:
                    throw new InvalidOperationException("Unknown invocation outcome.");
            }
        }));
        return command;
    }

    /// <summary>The event's bytes, checked to be JSON so a typo is one clear line rather than a spoken apology.</summary>
    private static async Task<byte[]> ReadEventAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        byte[] body;
        var name = path == "-" ? "stdin" : path;
        try
        {
            body = path == "-"
                ? Encoding.UTF8.GetBytes(await console.In.ReadToEndAsync(cancellationToken))
                : await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot read the event {name}: {e.Message}", inner: e);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("request", out _))
            {
                throw new UserErrorException($"the event {name} is not an Alexa request envelope (a JSON object with \"request\").");
            }
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"the event {name} is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}", inner: e);
        }

        return body;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
