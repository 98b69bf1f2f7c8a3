using System.Globalization;
using AlexaMusicSkill.Configuration;

namespace AlexaMusicSkill.Cli.Local;

/// <summary>
/// Where a local run keeps things and what it talks to. Defaults live under <c>./.musicskill</c>: file-backed state
/// in <c>state/</c>, records appended to <c>records.jsonl</c>, the user-key secret beside the state folder.
/// </summary>
internal sealed record LocalSkillSettings
{
    public const string LocalSkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    public const string DefaultStateDirectory = ".musicskill/state";
    public const string DefaultRecordsPath = ".musicskill/records.jsonl";

    public string StateDirectory { get; init; } = DefaultStateDirectory;

    public string RecordsPath { get; init; } = DefaultRecordsPath;

    /// <summary>A user catalog (a folder with artists.csv and tracks.csv, or a .json file); null for the built-in one.</summary>
    public string? CatalogPath { get; init; }

    public string? DynamoDbEndpoint { get; init; }

    /// <summary>Set: state lives in this DynamoDB table instead of files.</summary>
    public string? TableName { get; init; }

    public string MediaBaseUrl { get; init; } = SkillConfiguration.DefaultMediaBaseUrl;

    /// <summary>Local runs do not explore unless EXPLORATION_SHARE says so, so a conversation replays the same way.</summary>
    public double ExplorationShare { get; init; }

    public double ExplorationEpsilon { get; init; } = 0.3;

    /// <summary>
    /// The policy, as the function's POLICY names it: "model" (the model shipped in models/policy.json, falling back
    /// to rules when it cannot be served), "model:&lt;name&gt;", "rules", or here also a model file's path.
    /// </summary>
    public string Policy { get; init; } = "model";

    /// <summary>AFFINITY, as the function reads it: none (default), model, or model:&lt;name&gt;.</summary>
    public string Affinity { get; init; } = "none";

    /// <summary>True when --policy was given (it then wins over POLICY).</summary>
    public bool PolicyFromCommandLine { get; init; }

    public string? AwsRegion { get; init; }

    /// <summary>USER_KEY_SECRET from the environment; otherwise the secret file is used (and created once).</summary>
    public string? UserKeySecret { get; init; }

    /// <summary>The user-key secret file: beside the state folder (<c>.musicskill/secret</c> by default).</summary>
    public string SecretPath => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(StateDirectory)) ?? ".", "secret");

    /// <summary>Reads MEDIA_BASE_URL, EXPLORATION_SHARE, EXPLORATION_EPSILON, POLICY (unless --policy), AWS_REGION and USER_KEY_SECRET.</summary>
    public LocalSkillSettings WithEnvironment(Func<string, string?> env)
    {
        string? Get(string name) => env(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        return this with
        {
            MediaBaseUrl = (Get("MEDIA_BASE_URL") ?? MediaBaseUrl).TrimEnd('/'),
            ExplorationShare = Fraction(Get("EXPLORATION_SHARE"), "EXPLORATION_SHARE", ExplorationShare),
            ExplorationEpsilon = Fraction(Get("EXPLORATION_EPSILON"), "EXPLORATION_EPSILON", ExplorationEpsilon),
            Policy = PolicyFromCommandLine ? Policy : Get("POLICY") ?? Policy,
            Affinity = Get("AFFINITY") ?? Affinity,
            AwsRegion = Get("AWS_REGION") ?? Get("AWS_DEFAULT_REGION"),
            UserKeySecret = Get("USER_KEY_SECRET"),
        };
    }

    private static double Fraction(string? text, string name, double fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new UserErrorException($"{name} '{text}' must be a number between 0 and 1.");
    }
}
