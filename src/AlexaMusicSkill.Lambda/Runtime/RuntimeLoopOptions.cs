namespace AlexaMusicSkill.Lambda.Runtime;

internal sealed record RuntimeLoopOptions
{
    /// <summary>Process one event, then return (<c>AWS_LAMBDA_RUNTIME_RUN_ONCE=true</c>); for tests and local runs.</summary>
    public bool RunOnce { get; init; }

    /// <summary>The deadline assumed when <c>Lambda-Runtime-Deadline-Ms</c> is missing: the template's Timeout.</summary>
    public TimeSpan FallbackTimeout { get; init; } = TimeSpan.FromSeconds(7);
}
