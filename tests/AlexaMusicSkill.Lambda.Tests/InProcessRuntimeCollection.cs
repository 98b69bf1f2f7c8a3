namespace AlexaMusicSkill.Lambda.Tests;

/// <summary>
/// Tests that run the runtime loop in this process share one process environment (<c>_X_AMZN_TRACE_ID</c> is set per
/// invoke), so they run one at a time (collections still run beside each other).
/// </summary>
[CollectionDefinition(Name)]
public sealed class InProcessRuntimeCollection
{
    public const string Name = "In-process runtime";
}
