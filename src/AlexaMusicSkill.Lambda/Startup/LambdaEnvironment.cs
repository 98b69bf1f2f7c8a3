namespace AlexaMusicSkill.Lambda.Startup;

/// <summary>What the runtime itself reads from the environment (the skill's own settings are <c>SkillConfiguration</c>).</summary>
internal sealed record LambdaEnvironment
{
    /// <summary><c>host:port</c> of the Runtime API, from <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string? RuntimeApi { get; init; }

    /// <summary><c>AWS_LAMBDA_RUNTIME_RUN_ONCE=true</c>: answer one event, then exit 0.</summary>
    public bool RunOnce { get; init; }

    public static LambdaEnvironment From(IReadOnlyDictionary<string, string?> environment) => new()
    {
        RuntimeApi = Get(environment, "AWS_LAMBDA_RUNTIME_API"),
        RunOnce = IsTrue(Get(environment, "AWS_LAMBDA_RUNTIME_RUN_ONCE")),
    };

    internal static string? Get(IReadOnlyDictionary<string, string?> environment, string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    internal static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
