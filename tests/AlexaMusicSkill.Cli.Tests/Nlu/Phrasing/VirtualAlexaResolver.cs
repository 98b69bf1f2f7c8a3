using System.Text.Json;
using AlexaMusicSkill.Alexa;
using AlexaMusicSkill.Alexa.Requests;
using AlexaMusicSkill.Cli.Tests.Support;
using AlexaMusicSkill.TestSupport;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Cli.Tests.Nlu.Phrasing;

/// <summary>
/// virtual-alexa (exact matching against the committed interaction model) through
/// <c>tests/node/virtual-alexa-phrasings.js</c>, one Node process for the whole table. Its rules stay its own: an
/// unmatched utterance is heard as nothing, and one containing "ask", "open", "launch", "talk to" or "tell" as the
/// LaunchRequest it sends. Each recorded envelope is parsed by the library's wire model and interpreted for real.
/// </summary>
internal sealed class VirtualAlexaResolver(MeaningInterpreter interpreter) : IPhrasingResolver
{
    public string Name => "virtual-alexa";

    public async Task<IReadOnlyDictionary<string, Hearing>> HearAllAsync(IReadOnlyList<PhrasingRow> rows, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder();
        var input = folder.Combine("phrasings.json");
        await File.WriteAllBytesAsync(input, InputJson(rows), cancellationToken);

        var stdout = await RunNodeAsync(cancellationToken, Path.Combine(NodeTools.Folder, "virtual-alexa-phrasings.js"),
            "--model", RepositoryPaths.Combine("skill-package", "interactionModels", "custom", "en-US.json"),
            "--skill-id", AlexaRequests.LocalSkillId, "--input", input);

        var hearings = new Dictionary<string, Hearing>(StringComparer.Ordinal);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var result = JsonDocument.Parse(line);
            var root = result.RootElement;
            hearings[root.GetProperty("id").GetString()!] = root.GetProperty("outcome").GetString() == "request"
                ? Hear(AlexaJson.DeserializeRequest(root.GetProperty("envelope").GetRawText()).Request)
                : new Hearing(Hearing.Unmatched, null);
        }

        return hearings;
    }

    private Hearing Hear(Request? request)
    {
        if (request is null)
        {
            return new Hearing(Hearing.Unmatched, null);
        }

        var heard = request is IntentRequest { Intent: { } intent }
            ? string.Join(' ', [intent.Name ?? "?", .. (intent.Slots?.Values ?? Enumerable.Empty<Slot>()).Where(s => s.Value is not null).Select(s => $"{s.Name}=\"{s.Value}\"")])
            : request.GetType().Name;
        return new Hearing(heard, interpreter.Interpret(request));
    }

    private static byte[] InputJson(IReadOnlyList<PhrasingRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                writer.WriteString("id", row.Id);
                writer.WriteString("utterance", row.Utterance);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static async Task<string> RunNodeAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await NodeScript.RunAsync(TimeSpan.FromMinutes(3), cancellationToken, arguments);
        return exitCode == 0 ? stdout : throw new InvalidOperationException($"virtual-alexa-phrasings.js failed ({exitCode}): {stderr}");
    }
}
