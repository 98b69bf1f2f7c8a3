using AlexaMusicSkill.Offline.Rewards;
using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>
/// Turns records into one summary per conversation. A conversation with no outcome is <see cref="ObservedOutcome.Expired"/>
/// once <see cref="ExpiresAfter"/> has passed since its last turn at the report's time, else <see cref="ObservedOutcome.Open"/>.
/// </summary>
public static class ConversationTable
{
    /// <summary>contracts.md: no outcome 30 minutes after the last turn means expired (the same rule the rewards use).</summary>
    public static readonly TimeSpan ExpiresAfter = RewardSettings.DefaultExpiry;

    /// <summary>The time a report is "as of" by default: the newest record (so re-running on old logs gives the same answer).</summary>
    public static DateTimeOffset LatestTimestamp(IEnumerable<LogRecord> records) =>
        records.Select(r => r.Timestamp).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();

    public static IReadOnlyList<ConversationSummary> Build(IEnumerable<LogRecord> records, DateTimeOffset asOf)
    {
        var summaries = new List<ConversationSummary>();
        foreach (var conversation in records.GroupBy(r => r.ConversationId, StringComparer.Ordinal))
        {
            var ordered = conversation.OrderBy(r => r.Timestamp).ToList();
            var decisions = ordered.OfType<DecisionRecord>().OrderBy(d => d.Turn).ToList();
            var outcome = ordered.OfType<OutcomeRecord>().FirstOrDefault();
            var turnRecords = ordered.Where(r => r is DecisionRecord or OutcomeRecord).ToList();
            if (turnRecords.Count == 0)
            {
                continue; // listening without its conversation (the conversation's records are in another file or were lost)
            }

            var first = turnRecords[0];
            var lastTurnAt = turnRecords[^1].Timestamp;
            var status = outcome switch
            {
                { Outcome: OutcomeRecord.Accepted } => ObservedOutcome.Accepted,
                not null => ObservedOutcome.Abandoned,
                null when asOf - lastTurnAt >= ExpiresAfter => ObservedOutcome.Expired,
                _ => ObservedOutcome.Open,
            };

            summaries.Add(new ConversationSummary
            {
                ConversationId = conversation.Key,
                UserKey = first.UserKey,
                Arm = first.Arm,
                PolicyVersion = first.PolicyVersion,
                StartedAt = first.Timestamp,
                LastTurnAt = lastTurnAt,
                Status = status,
                Turns = outcome?.Turns ?? decisions.Count,
                ListeningSeconds = outcome?.ListeningSeconds ?? ordered.OfType<ListeningRecord>().Sum(l => l.Seconds),
                Exploring = decisions.Any(d => d.Exploring),
                Actions = [.. decisions.Select(d => ActionId.TryParse(d.Chosen)?.Type.ToWire() ?? d.Chosen)],
            });
        }

        return [.. summaries.OrderBy(s => s.StartedAt).ThenBy(s => s.ConversationId, StringComparer.Ordinal)];
    }
}
