using System.Text.Json;

namespace AlexaMusicSkill.Cli.Replay;

/// <summary>
/// An <c>ask dialog --replay</c> file: <c>{"skillId", "locale", "type": "text", "userInput": [..., ".quit"]}</c>,
/// as <c>.record</c> in <c>ask dialog</c> writes it. Loading checks what ask checks (required fields, no empty inputs).
/// </summary>
internal sealed record DialogReplay(string SkillId, string Locale, string Type, IReadOnlyList<string> UserInput)
{
    public static DialogReplay Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot read the replay file {path}: {e.Message}", inner: e);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new UserErrorException($"{path} is not an ask dialog replay file (a JSON object with skillId, locale, type, userInput).");
            }

            var skillId = Required(root, "skillId", path);
            var locale = Required(root, "locale", path);
            var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "text";
            if (!root.TryGetProperty("userInput", out var inputs) || inputs.ValueKind != JsonValueKind.Array)
            {
                throw new UserErrorException($"{path} has no \"userInput\" array.");
            }

            var lines = new List<string>();
            foreach (var input in inputs.EnumerateArray())
            {
                var line = input.ValueKind == JsonValueKind.String ? input.GetString()!.Trim() : string.Empty;
                if (line.Length == 0)
                {
                    throw new UserErrorException($"{path}: userInput[{lines.Count}] is empty or not a string (ask dialog rejects empty inputs).");
                }

                lines.Add(line);
            }

            return new DialogReplay(skillId, locale, type, lines);
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"{path} is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).", inner: e);
        }
    }

    private static string Required(JsonElement root, string name, string path) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0
            ? value.GetString()!.Trim()
            : throw new UserErrorException($"{path} has no \"{name}\" (ask dialog requires skillId and locale).");
}
