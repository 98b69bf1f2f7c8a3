using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Rewards;

/// <summary>
/// Joins decision, outcome and listening records by conversation (the reader has already removed retried requests)
/// into rewarded turns and episodes: prompt usefulness per decision, and success, turns and listening seconds per
/// conversation. A conversation with decisions but no outcome is expired once its last turn is older than the expiry
/// (not a success); before that it is still open and left out.
/// </summary>
public static class ConversationRewards
{
    public static RewardedLog Compute(IEnumerable<LogRecord> records, RewardSettings? settings = null)
    {
        settings ??= new RewardSettings();
        var byConversation = new Dictionary<string, ConversationRecords>(StringComparer.Ordinal);
        var latest = DateTimeOffset.MinValue;
        foreach (var record in records)
        {
            if (!byConversation.TryGetValue(record.ConversationId, out var conversation))
            {
                conversation = new ConversationRecords(record.ConversationId);
                byConversation.Add(record.ConversationId, conversation);
            }

            conversation.Add(record);
            latest = record.Timestamp > latest ? record.Timestamp : latest;
        }

        var asOf = settings.AsOf ?? latest;
        var turns = new List<TurnRow>();
        var episodes = new List<Episode>();
        var open = 0;
        foreach (var conversation in byConversation.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var decisions = conversation.OrderedDecisions();
            var outcome = conversation.FirstOutcome();
            if (outcome is null && decisions.Count == 0)
            {
                continue; // listening records alone: nothing was decided in this log
            }

            if (outcome is null && asOf - decisions[^1].Timestamp < settings.Expiry)
            {
                open++;
                continue;
            }

            var accepted = outcome?.Outcome == OutcomeRecord.Accepted ? outcome.Item : null;
            for (var i = 0; i < decisions.Count; i++)
            {
                var reply = i + 1 < decisions.Count ? decisions[i + 1].Input : outcome?.FinalInput;
                turns.Add(RowOf(decisions[i], PromptUsefulness.Of(decisions[i].Chosen, reply, accepted)));
            }

            episodes.Add(EpisodeOf(conversation, decisions, outcome));
        }

        return new RewardedLog(turns, episodes, open);
    }

    private static TurnRow RowOf(DecisionRecord decision, double reward)
    {
        var chosen = -1;
        for (var c = 0; c < decision.Candidates.Count && chosen < 0; c++)
        {
            chosen = decision.Candidates[c].Action == decision.Chosen ? c : -1;
        }

        if (chosen < 0)
        {
            throw new InvalidDataException(
                $"Decision {decision.ConversationId}/{decision.Turn}: chosen action {decision.Chosen} is not among its candidates.");
        }

        return new TurnRow(decision.ConversationId, decision.Turn, decision.Exploring, chosen, decision.Propensity, decision.Candidates, reward, decision);
    }

    private static Episode EpisodeOf(ConversationRecords conversation, IReadOnlyList<DecisionRecord> decisions, OutcomeRecord? outcome)
    {
        var contiguous = decisions.Select((d, i) => d.Turn == i).All(x => x);
        var turns = outcome?.Turns ?? decisions.Count;
        var listened = conversation.Listening.Sum(l => l.Seconds);
        return new Episode(
            conversation.Id,
            outcome is null ? EpisodeOutcome.Expired : outcome.Outcome == OutcomeRecord.Accepted ? EpisodeOutcome.Accepted : EpisodeOutcome.Abandoned,
            decisions.Count > 0 && decisions[0].Exploring,
            turns,
            contiguous && turns == decisions.Count,
            listened > 0 ? listened : outcome?.ListeningSeconds ?? 0,
            outcome?.AcceptedVia,
            outcome is null ? "expired" : outcome.Reason);
    }

    private sealed class ConversationRecords(string id)
    {
        private readonly List<DecisionRecord> _decisions = [];
        private readonly List<OutcomeRecord> _outcomes = [];

        public string Id { get; } = id;

        public List<ListeningRecord> Listening { get; } = [];

        public void Add(LogRecord record)
        {
            switch (record)
            {
                case DecisionRecord d:
                    _decisions.Add(d);
                    break;
                case OutcomeRecord o:
                    _outcomes.Add(o);
                    break;
                case ListeningRecord l:
                    Listening.Add(l);
                    break;
            }
        }

        /// <summary>Decisions by turn; a second record for the same turn (a lost race re-run) keeps the first.</summary>
        public IReadOnlyList<DecisionRecord> OrderedDecisions() =>
            [.. _decisions.OrderBy(d => d.Turn).ThenBy(d => d.Timestamp).DistinctBy(d => d.Turn)];

        public OutcomeRecord? FirstOutcome() => _outcomes.OrderBy(o => o.Timestamp).FirstOrDefault();
    }
}
