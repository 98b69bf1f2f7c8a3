namespace AlexaMusicSkill.Metrics;

/// <summary>
/// The CloudWatch names the function publishes and <c>template.yaml</c>'s alarms read (a test keeps them in step).
/// Every metric carries the <see cref="Service"/> dimension (the function name), conversation metrics also <see cref="Arm"/>.
/// </summary>
public static class MetricNames
{
    public const string Namespace = "MusicFinder";

    public const string Service = "Service";

    public const string Arm = "Arm";

    /// <summary>Milliseconds of the skill's own work per answered invocation (parse → engine → serialize).</summary>
    public const string TurnLatency = "TurnLatency";

    /// <summary>Invocations answered with an apology because something failed (unreadable request, exception in the turn).</summary>
    public const string TurnErrors = "TurnErrors";

    /// <summary>Turns answered without state because DynamoDB was slow or down.</summary>
    public const string StorageUnavailable = "StorageUnavailable";

    public const string ConversationsStarted = "ConversationsStarted";

    public const string ConversationsAccepted = "ConversationsAccepted";

    public const string ConversationsAbandoned = "ConversationsAbandoned";

    /// <summary>1 at a cold start whose production model could not be served (rules serve instead), else 0.</summary>
    public const string PolicyFallbacks = "PolicyFallbacks";

    public static string For(ConversationEvent conversationEvent) => conversationEvent switch
    {
        ConversationEvent.Started => ConversationsStarted,
        ConversationEvent.Accepted => ConversationsAccepted,
        _ => ConversationsAbandoned,
    };
}
