namespace AlexaMusicSkill.Metrics;

/// <summary>
/// Operational metrics of the skill (the port behind CloudWatch Embedded Metric Format in Lambda, nothing elsewhere).
/// Takes only durations, counts and arm names, never a user key or anything a listener said.
/// </summary>
public interface IMetricsSink
{
    /// <summary>One answered invocation: how long the skill's own work took, and whether it ended in an apology.</summary>
    void TurnCompleted(TimeSpan latency, bool failed);

    /// <summary>A turn answered without its state because storage was slow or down.</summary>
    void StorageUnavailable();

    /// <summary>A conversation started, or ended accepted or abandoned, in a rollout arm.</summary>
    void Conversation(string arm, ConversationEvent conversationEvent);

    /// <summary>The production policy was resolved at cold start; true when a model was asked for and rules serve instead.</summary>
    void PolicyLoaded(bool fellBackToRules);
}

public enum ConversationEvent
{
    Started,
    Accepted,
    Abandoned,
}

/// <summary>Metrics off: the CLI, the simulator and tests unless they ask for metrics.</summary>
public sealed class NullMetricsSink : IMetricsSink
{
    public static NullMetricsSink Instance { get; } = new();

    public void TurnCompleted(TimeSpan latency, bool failed)
    {
    }

    public void StorageUnavailable()
    {
    }

    public void Conversation(string arm, ConversationEvent conversationEvent)
    {
    }

    public void PolicyLoaded(bool fellBackToRules)
    {
    }
}
