using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>
/// One summary per conversation <see cref="RecordLog"/> reads. A conversation with no outcome is <see cref="ObservedOutcome.Expired"/>
/// once <see cref="ExpiresAfter"/> has passed since its last turn at the report's time, else <see cref="ObservedOutcome.Open"/>.
/// </summary>
public static class ConversationTable
{
    /// <summary>contracts.md: no outcome 30 minutes after the last turn means expired (the same rule the rewards use).</summary>
    public static readonly TimeSpan ExpiresAfter = RewardSettings.DefaultExpiry;

    /// <summary>
    /// The summaries by start, and the newest record (the time a report is "as of" by default, so re-running on old logs
    /// gives the same answer; the epoch for an empty log). Conversations of listening only are left out, and listening
    /// yielded after its conversation adds to that conversation's seconds, as if it had come with it.
    /// </summary>
    /// <param name="asOf">The report's time; null judges each conversation at the log's newest record.</param>
    public static (IReadOnlyList<ConversationSummary> Conversations, DateTimeOffset Newest) Build(IEnumerable<LoggedConversation> conversations, DateTimeOffset? asOf)
    {
        var summaries = new List<ConversationSummary>();
        var byId = new Dictionary<string, (int Index, bool OutcomeFigure)>(StringComparer.Ordinal);
        DateTimeOffset? newest = null;
        foreach (var conversation in conversations)
        {
            newest = newest is { } n && n >= conversation.AsOf ? n : conversation.AsOf;
            if (!conversation.ListeningOnly)
            {
                byId.Add(conversation.ConversationId, (summaries.Count, conversation.Outcome?.ListeningSeconds is not null));
                summaries.Add(Summarize(conversation, asOf ?? conversation.AsOf));
            }
            else if (byId.TryGetValue(conversation.ConversationId, out var earlier) && !earlier.OutcomeFigure)
            {
                var summary = summaries[earlier.Index];
                summaries[earlier.Index] = summary with { ListeningSeconds = Listened(summary.ListeningSeconds, conversation.Listening) };
            }
        }

        return ([.. summaries.OrderBy(s => s.StartedAt).ThenBy(s => s.ConversationId, StringComparer.Ordinal)], newest ?? DateTimeOffset.UnixEpoch);
    }

    /// <summary>
    /// What the report needs of one conversation that has a decision or an outcome, judged at <paramref name="asOf"/>
    /// (a conversation yielded before the end of the log is past its expiry at its own <see cref="LoggedConversation.AsOf"/>).
    /// </summary>
    public static ConversationSummary Summarize(LoggedConversation conversation, DateTimeOffset asOf)
    {
        var outcome = conversation.Outcome;
        var decisions = conversation.Decisions;
        var status = outcome switch
        {
            { Outcome: OutcomeRecord.Accepted } => ObservedOutcome.Accepted,
            not null => ObservedOutcome.Abandoned,
            null when asOf - conversation.LastTurnAt >= ExpiresAfter => ObservedOutcome.Expired,
            _ => ObservedOutcome.Open,
        };

        return new ConversationSummary
        {
            ConversationId = conversation.ConversationId,
            UserKey = conversation.UserKey,
            Arm = conversation.Arm,
            PolicyVersion = conversation.PolicyVersion,
            StartedAt = conversation.StartedAt,
            LastTurnAt = conversation.LastTurnAt,
            Status = status,
            Turns = outcome?.Turns ?? decisions.Count,
            ListeningSeconds = outcome?.ListeningSeconds ?? Listened(0, conversation.Listening),
            Exploring = decisions.Any(d => d.Exploring),
            Actions = [.. decisions.Select(d => ActionId.TryParse(d.Chosen)?.Type.ToWire() ?? d.Chosen)],
        };
    }

    /// <summary>A running sum in time order (listening read later continues it, as if it had come with the conversation).</summary>
    private static double Listened(double seconds, IEnumerable<ListeningRecord> listening)
    {
        foreach (var record in listening.OrderBy(l => l.Timestamp))
        {
            seconds += record.Seconds;
        }

        return seconds;
    }
}
