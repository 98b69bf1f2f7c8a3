using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Rewards;

/// <summary>
/// Rewards conversations as <see cref="RecordLog"/> reads them (retried requests already removed): prompt usefulness per
/// decision, and success, turns and listening seconds per conversation. A conversation with decisions but no outcome is
/// expired once its last turn is older than the expiry (not a success); before that it is still open and left out.
/// </summary>
public static class ConversationRewards
{
    /// <summary>Records already read, grouped by <see cref="RecordLog"/>; expiry is judged at the newest record unless <see cref="RewardSettings.AsOf"/>.</summary>
    public static RewardedLog Compute(IEnumerable<LogRecord> records, RewardSettings? settings = null)
    {
        settings ??= new RewardSettings();
        return RecordLog.Read(records, conversations => Compute(conversations, settings), ReadingFor(settings));
    }

    /// <summary>
    /// Turns and episodes by conversation id. Listening yielded after its conversation (a listening-only conversation
    /// with the same id) adds to that episode's listening seconds, as if it had come with it.
    /// </summary>
    public static RewardedLog Compute(IEnumerable<LoggedConversation> conversations, RewardSettings? settings = null)
    {
        settings ??= new RewardSettings();
        var rewarded = new List<Rewarded>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = 0;
        foreach (var conversation in conversations)
        {
            if (conversation.ListeningOnly)
            {
                if (byId.TryGetValue(conversation.ConversationId, out var earlier))
                {
                    rewarded[earlier] = rewarded[earlier].ListenedAlso(conversation.Listening);
                }

                continue; // else listening records alone: nothing was decided in this log
            }

            if (Reward(conversation, settings) is not { } one)
            {
                open++;
                continue;
            }

            byId.Add(conversation.ConversationId, rewarded.Count);
            rewarded.Add(one);
        }

        rewarded.Sort((a, b) => string.CompareOrdinal(a.Episode.ConversationId, b.Episode.ConversationId));
        return new RewardedLog([.. rewarded.SelectMany(r => r.Turns)], [.. rewarded.Select(r => r.Episode)], open);
    }

    /// <summary>One conversation's turns and episode (none when it is open or listening only).</summary>
    public static RewardedLog Of(LoggedConversation conversation, RewardSettings? settings = null)
    {
        if (conversation.ListeningOnly)
        {
            return RewardedLog.Empty;
        }

        return Reward(conversation, settings ?? new RewardSettings()) is { } one ? new RewardedLog(one.Turns, [one.Episode]) : new RewardedLog([], [], 1);
    }

    /// <summary>The reader's window covers the expiry, so a conversation complete before the log's end is already expired at its <see cref="LoggedConversation.AsOf"/>.</summary>
    private static RecordLogOptions ReadingFor(RewardSettings settings) =>
        new() { Window = settings.Expiry > RecordLog.DefaultWindow ? settings.Expiry : RecordLog.DefaultWindow };

    private static Rewarded? Reward(LoggedConversation conversation, RewardSettings settings)
    {
        var decisions = conversation.Decisions.DistinctBy(d => d.Turn).ToList(); // a second record for a turn (a lost race re-run) keeps the first
        var outcome = conversation.Outcome;
        var asOf = settings.AsOf ?? conversation.AsOf;
        if (outcome is null && asOf - decisions[^1].Timestamp < settings.Expiry)
        {
            return null;
        }

        var accepted = outcome?.Outcome == OutcomeRecord.Accepted ? outcome.Item : null;
        var turns = new TurnRow[decisions.Count];
        for (var i = 0; i < decisions.Count; i++)
        {
            var reply = i + 1 < decisions.Count ? decisions[i + 1].Input : outcome?.FinalInput;
            turns[i] = RowOf(decisions[i], PromptUsefulness.Of(decisions[i].Chosen, reply, accepted));
        }

        var listened = 0.0;
        foreach (var listening in conversation.Listening)
        {
            listened += listening.Seconds;
        }

        return new Rewarded(turns, EpisodeOf(conversation.ConversationId, decisions, outcome, listened), listened, outcome);
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

    private static Episode EpisodeOf(string id, IReadOnlyList<DecisionRecord> decisions, OutcomeRecord? outcome, double listened)
    {
        var contiguous = decisions.Select((d, i) => d.Turn == i).All(x => x);
        var turns = outcome?.Turns ?? decisions.Count;
        return new Episode(
            id,
            outcome is null ? EpisodeOutcome.Expired : outcome.Outcome == OutcomeRecord.Accepted ? EpisodeOutcome.Accepted : EpisodeOutcome.Abandoned,
            decisions.Count > 0 && decisions[0].Exploring,
            turns,
            contiguous && turns == decisions.Count,
            ListeningSeconds(listened, outcome),
            outcome?.AcceptedVia,
            outcome is null ? "expired" : outcome.Reason);
    }

    /// <summary>Listening records when there are any, else the outcome's own figure.</summary>
    private static double ListeningSeconds(double listened, OutcomeRecord? outcome) => listened > 0 ? listened : outcome?.ListeningSeconds ?? 0;

    private sealed record Rewarded(TurnRow[] Turns, Episode Episode, double Listened, OutcomeRecord? Outcome)
    {
        public Rewarded ListenedAlso(IReadOnlyList<ListeningRecord> later)
        {
            var listened = Listened;
            foreach (var listening in later)
            {
                listened += listening.Seconds; // one running sum, as if the records had come with the conversation
            }

            return this with { Listened = listened, Episode = Episode with { ListeningSeconds = ListeningSeconds(listened, Outcome) } };
        }
    }
}
