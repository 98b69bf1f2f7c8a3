using System.Collections.Concurrent;
using System.Text.Json;
using Xunit;

namespace AlexaMusicSkill.TestSupport;

/// <summary>
/// template.yaml through the installed SAM translator (offline), with its Conditions evaluated for the given parameters
/// as CloudFormation would at deploy time, so tests see exactly the resources a deployment would create.
/// Skips the calling test with the install hint when python3 or aws-sam-translator is missing.
/// </summary>
public static class SamTemplate
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonElement?>>> Cache = new(StringComparer.Ordinal);

    /// <summary>The deployed resources for these parameter overrides (Name=Value; AlexaSkillId is filled in).</summary>
    public static async Task<IReadOnlyList<TemplateResource>> ResourcesAsync(params string[] parameters)
    {
        var template = await TemplateAsync(parameters);
        return [.. template.GetProperty("Resources").EnumerateObject()
            .Select(r => new TemplateResource(r.Name, r.Value.GetProperty("Type").GetString()!, r.Value.TryGetProperty("Properties", out var p) ? p : default))];
    }

    /// <summary>The transformed template with its conditions resolved.</summary>
    public static async Task<JsonElement> TemplateAsync(params string[] parameters)
    {
        var key = string.Join(' ', parameters);
        var template = await Cache.GetOrAdd(key, _ => new Lazy<Task<JsonElement?>>(() => TransformAsync(parameters))).Value;
        if (template is null)
        {
            Assert.Skip("aws-sam-translator is not installed for python3 (pip install aws-sam-translator); the SAM transform was not checked.");
        }

        return template.Value;
    }

    /// <summary>The actions of an IAM policy statement (a string or an array).</summary>
    public static IEnumerable<string> Actions(JsonElement statement)
    {
        var action = statement.GetProperty("Action");
        return action.ValueKind == JsonValueKind.Array ? action.EnumerateArray().Select(a => a.GetString()!) : [action.GetString()!];
    }

    /// <summary>Every statement of a role's inline policies.</summary>
    public static IReadOnlyList<JsonElement> PolicyStatements(TemplateResource role) =>
        [.. role.Properties.GetProperty("Policies").EnumerateArray().SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())];

    private static async Task<JsonElement?> TransformAsync(string[] parameters)
    {
        var python = ExternalTool.Find("python3");
        if (python is null || (await ExternalTool.RunAsync(python, ["-c", "import samtranslator"])).ExitCode != 0)
        {
            return null;
        }

        var script = RepositoryPaths.Combine("tests", "AlexaMusicSkill.Lambda.Tests", "Scripts", "sam_transform.py");
        var result = await ExternalTool.RunAsync(
            python,
            [script, "--resolve-conditions", "template.yaml", $"AlexaSkillId={AlexaRequests.LocalSkillId}", .. parameters],
            RepositoryPaths.Root);
        Assert.True(result.ExitCode == 0, $"The SAM transform failed:\n{result.Combined}");
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }
}

/// <summary>One resource of the transformed template.</summary>
public sealed record TemplateResource(string Name, string Type, JsonElement Properties);
