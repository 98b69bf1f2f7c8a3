using AlexaMusicSkill.Metrics;

namespace AlexaMusicSkill.Records;

/// <summary>
/// Counts conversations per arm from the records themselves, so the metrics and the decision log can never disagree:
/// a conversation starts with its first decision (turn 0) or, when it ended before any decision (a direct request, no
/// candidates), with its outcome; it ends with its outcome.
/// </summary>
public sealed class MeteredDecisionLog(IDecisionLog inner, IMetricsSink metrics) : IDecisionLog
{
    public void Append(LogRecord record)
    {
        inner.Append(record);
        switch (record)
        {
            case DecisionRecord { Turn: 0 }:
                metrics.Conversation(record.Arm, ConversationEvent.Started);
                break;
            case OutcomeRecord outcome:
                if (outcome.Turns == 0)
                {
                    metrics.Conversation(record.Arm, ConversationEvent.Started);
                }

                metrics.Conversation(record.Arm, outcome.Outcome == OutcomeRecord.Accepted ? ConversationEvent.Accepted : ConversationEvent.Abandoned);
                break;
        }
    }
}
