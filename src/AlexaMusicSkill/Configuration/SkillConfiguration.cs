using System.Globalization;
using AlexaMusicSkill.Logging;

namespace AlexaMusicSkill.Configuration;

/// <summary>
/// The function's settings, read once at cold start from the environment variables <c>template.yaml</c> sets.
/// <see cref="FromEnvironment"/> collects every problem so a bad deployment fails with one clear log line.
/// </summary>
public sealed record SkillConfiguration
{
    public const string DefaultMediaBaseUrl = "https://media.musicfinder.example.com";

    /// <summary>Our skill id; requests for any other id are refused.</summary>
    public required string SkillId { get; init; }

    /// <summary>The DynamoDB table; null means the caller chooses a local store.</summary>
    public string? TableName { get; init; }

    /// <summary>The HMAC key for user keys, when given directly.</summary>
    public string? UserKeySecret { get; init; }

    /// <summary>The SSM SecureString holding the HMAC key, when not given directly.</summary>
    public string? UserKeySecretParameter { get; init; }

    /// <summary>Where samples and streams are hosted; every media URL starts with it.</summary>
    public string MediaBaseUrl { get; init; } = DefaultMediaBaseUrl;

    /// <summary>Share of conversations that explore (drawn once per conversation).</summary>
    public double ExplorationShare { get; init; } = 0.1;

    /// <summary>ε of the ε-greedy sampling inside an exploring conversation.</summary>
    public double ExplorationEpsilon { get; init; } = 0.3;

    public LogLevel LogLevel { get; init; } = LogLevel.Info;

    /// <summary>
    /// POLICY, the production policy: "model" (the embedded models/policy.json; the rule-based policy when it is absent
    /// or invalid, logged), "model:&lt;name&gt;" (models/&lt;name&gt;.json) or "rules".
    /// </summary>
    public string Policy { get; init; } = "model";

    /// <summary>CANDIDATE_POLICY: the policy a share of listeners gets during a staged rollout (same forms as POLICY).</summary>
    public string? CandidatePolicy { get; init; }

    /// <summary>CANDIDATE_SHARE: the share of listeners (by keyed hash, stable) in the candidate arm.</summary>
    public double CandidateShare { get; init; }

    /// <summary>AWS_LAMBDA_FUNCTION_NAME: the <c>Service</c> dimension of the function's metrics ("music-finder" elsewhere).</summary>
    public string ServiceName { get; init; } = DefaultServiceName;

    public const string DefaultServiceName = "music-finder";

    /// <summary>
    /// AFFINITY: "none" (default), "model" (models/affinity.json) or "model:&lt;name&gt;": the user–item affinity model
    /// that personalizes candidates and fills the <c>affinity</c> feature. Serve it only with a policy model trained on
    /// logs that had it.
    /// </summary>
    public string Affinity { get; init; } = "none";

    /// <summary>AWS_REGION (always set in Lambda).</summary>
    public string? AwsRegion { get; init; }

    /// <summary>AWS_ENDPOINT_URL_DYNAMODB (or AWS_ENDPOINT_URL): a local DynamoDB-API server instead of AWS.</summary>
    public string? DynamoDbEndpoint { get; init; }

    public static ConfigurationResult FromEnvironment(IReadOnlyDictionary<string, string?> env, bool requireTable)
    {
        var errors = new List<string>();
        string? Get(string name) => env.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var skillId = Get("SKILL_ID");
        if (skillId is null)
        {
            errors.Add("SKILL_ID is missing (the Alexa skill id, amzn1.ask.skill.…).");
        }
        else if (!skillId.StartsWith("amzn1.ask.skill.", StringComparison.Ordinal))
        {
            errors.Add($"SKILL_ID '{skillId}' does not look like an Alexa skill id (amzn1.ask.skill.…).");
        }

        var table = Get("TABLE_NAME");
        if (table is null && requireTable)
        {
            errors.Add("TABLE_NAME is missing (the DynamoDB table for dialogue state and profiles).");
        }

        var secret = Get("USER_KEY_SECRET");
        var secretParameter = Get("USER_KEY_SECRET_PARAMETER");
        if (secret is null && secretParameter is null)
        {
            errors.Add("USER_KEY_SECRET or USER_KEY_SECRET_PARAMETER is required (the key that hashes Alexa user ids).");
        }
        else if (secret is not null && secret.Length < 16)
        {
            errors.Add("USER_KEY_SECRET must be at least 16 characters.");
        }

        var media = Get("MEDIA_BASE_URL") ?? DefaultMediaBaseUrl;
        if (!Uri.TryCreate(media, UriKind.Absolute, out var mediaUri) || mediaUri.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"MEDIA_BASE_URL '{media}' must be an absolute https URL (Alexa plays only https audio).");
        }

        var share = ParseFraction(Get("EXPLORATION_SHARE"), "EXPLORATION_SHARE", 0.1, errors);
        var epsilon = ParseFraction(Get("EXPLORATION_EPSILON"), "EXPLORATION_EPSILON", 0.3, errors);

        var levelText = Get("LOG_LEVEL") ?? Get("AWS_LAMBDA_LOG_LEVEL");
        var level = LogLevels.Parse(levelText);
        if (levelText is not null && level is null)
        {
            errors.Add($"LOG_LEVEL '{levelText}' is not one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL.");
        }

        var policy = Get("POLICY") ?? "model";
        if (!PolicySpec.IsValid(policy))
        {
            errors.Add($"POLICY '{policy}' must be 'rules', 'model' or 'model:<name>' (a file models/<name>.json shipped with the function).");
        }

        var candidate = Get("CANDIDATE_POLICY");
        if (candidate is not null && !PolicySpec.IsValid(candidate))
        {
            errors.Add($"CANDIDATE_POLICY '{candidate}' must be 'rules', 'model' or 'model:<name>'.");
        }

        var candidateShare = ParseFraction(Get("CANDIDATE_SHARE"), "CANDIDATE_SHARE", 0, errors);
        if (candidateShare > 0 && candidate is null)
        {
            errors.Add($"CANDIDATE_SHARE is {candidateShare} but CANDIDATE_POLICY is not set.");
        }

        var affinity = Get("AFFINITY") ?? "none";
        if (affinity != "none" && PolicySpec.ModelName(affinity) is null)
        {
            errors.Add($"AFFINITY '{affinity}' must be 'none', 'model' (models/affinity.json) or 'model:<name>'.");
        }

        var region = Get("AWS_REGION") ?? Get("AWS_DEFAULT_REGION");
        var endpoint = Get("AWS_ENDPOINT_URL_DYNAMODB") ?? Get("AWS_ENDPOINT_URL");
        if (requireTable && region is null && endpoint is null)
        {
            errors.Add("AWS_REGION is missing (Lambda sets it; set it, or AWS_ENDPOINT_URL_DYNAMODB for a local DynamoDB).");
        }

        if (endpoint is not null && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
        {
            errors.Add($"AWS_ENDPOINT_URL_DYNAMODB '{endpoint}' is not an absolute URL.");
        }

        if (errors.Count > 0)
        {
            return new ConfigurationResult(null, errors);
        }

        return new ConfigurationResult(
            new SkillConfiguration
            {
                SkillId = skillId!,
                TableName = table,
                UserKeySecret = secret,
                UserKeySecretParameter = secretParameter,
                MediaBaseUrl = media.TrimEnd('/'),
                ExplorationShare = share,
                ExplorationEpsilon = epsilon,
                LogLevel = level ?? LogLevel.Info,
                Policy = policy,
                CandidatePolicy = candidate,
                CandidateShare = candidateShare,
                Affinity = affinity,
                ServiceName = Get("AWS_LAMBDA_FUNCTION_NAME") ?? DefaultServiceName,
                AwsRegion = region,
                DynamoDbEndpoint = endpoint,
            },
            errors);
    }

    /// <summary>Reads the process environment into the dictionary <see cref="FromEnvironment"/> takes.</summary>
    public static IReadOnlyDictionary<string, string?> ProcessEnvironment()
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = entry.Value as string;
        }

        return result;
    }

    private static double ParseFraction(string? text, string name, double fallback, List<string> errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }

        errors.Add($"{name} '{text}' must be a number between 0 and 1.");
        return fallback;
    }
}

/// <summary>Either a configuration or every reason there is none.</summary>
public sealed record ConfigurationResult(SkillConfiguration? Configuration, IReadOnlyList<string> Errors)
{
    public bool IsValid => Configuration is not null;

    /// <summary>One line naming every problem, for the cold-start log.</summary>
    public string Summary => "Invalid configuration: " + string.Join(" ", Errors);
}
