using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Experiments;

/// <summary>
/// Reads a simulated decision log as production writes it (JSON lines), one conversation at a time, without holding
/// the whole file: the simulator writes each listener's conversations contiguously, so a conversation ends where the
/// next one's records begin. (Production logs interleave; they go through the full reader instead.)
/// </summary>
public static class LogStream
{
    public static IEnumerable<LoggedConversation> Conversations(string path)
    {
        string? current = null;
        var decisions = new List<DecisionRecord>();
        OutcomeRecord? outcome = null;
        // The log reader parses UTF-8 blocks in parallel and returns records in file order.
        foreach (var record in Logs.JsonLinesRecordReader.Read(path))
        {
            if (record is ListeningRecord)
            {
                continue;
            }

            if (record.ConversationId != current)
            {
                if (current is not null)
                {
                    yield return Finish(current, decisions, outcome);
                }

                current = record.ConversationId;
                decisions = [];
                outcome = null;
            }

            if (record is DecisionRecord decision)
            {
                decisions.Add(decision);
            }
            else if (record is OutcomeRecord o)
            {
                outcome ??= o;
            }
        }

        if (current is not null)
        {
            yield return Finish(current, decisions, outcome);
        }
    }

    private static LoggedConversation Finish(string id, List<DecisionRecord> decisions, OutcomeRecord? outcome) =>
        new(id, [.. decisions.OrderBy(d => d.Turn)], outcome);
}
