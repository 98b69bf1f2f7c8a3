using AlexaMusicSkill.Offline.Logs;
using AlexaMusicSkill.Offline.Reports.Promotion;
using AlexaMusicSkill.Offline.Statistics;
using AlexaMusicSkill.Records;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>
/// Builds the <see cref="OnlineReport"/> from the conversations of decision, outcome and listening records (JSONL or Parquet).
/// Rates get <see cref="Proportions"/>' intervals (conversations as independent trials); means over accepted
/// conversations get the <see cref="ClusterBootstrap"/> over those conversations' listeners, and candidate − production
/// resamples each arm on its own (a listener sees one arm).
/// </summary>
public static class OnlineReportBuilder
{
    /// <summary>From records already read (retries removed), grouped by <see cref="RecordLog"/>.</summary>
    public static OnlineReport Build(IReadOnlyList<LogRecord> records, ReportOptions options) =>
        RecordLog.Read(records, conversations => Build(conversations, options));

    /// <summary>From conversations as <see cref="RecordLog"/> yields them; only their summaries are held.</summary>
    public static OnlineReport Build(IEnumerable<LoggedConversation> logged, ReportOptions options)
    {
        var (all, newest) = ConversationTable.Build(logged, options.AsOf);
        var asOf = options.AsOf ?? newest;
        var (start, reason) = Window(all, options);
        var conversations = start is { } s ? all.Where(c => c.StartedAt >= s).ToList() : [.. all];

        var arms = conversations.GroupBy(c => c.Arm, StringComparer.Ordinal)
            .OrderBy(g => g.Key == options.ProductionArm ? 0 : g.Key == options.CandidateArm ? 1 : 2)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => Arm(g.Key, [.. g], options, options.Seed + (i * 7919)))
            .ToList();
        var production = arms.FirstOrDefault(a => a.Arm == options.ProductionArm);
        var candidate = arms.FirstOrDefault(a => a.Arm == options.CandidateArm);

        ArmComparison? comparison = null;
        if (production is { Conversations: > 0 } && candidate is { Conversations: > 0 })
        {
            comparison = Compare(conversations, options);
        }

        PromotionDecision? decision = null;
        if (options.Decide)
        {
            decision = new PromotionRule(options.Promotion).Decide(
                new ArmCounts(candidate?.Accepted ?? 0, candidate?.Conversations ?? 0),
                new ArmCounts(production?.Accepted ?? 0, production?.Conversations ?? 0));
        }

        var notes = new List<string>();
        notes.AddRange(arms.Where(a => a.PolicyVersions.Count > 1)
            .Select(a => $"The {a.Arm} arm served {a.PolicyVersions.Count} policy versions in the window ({string.Join(", ", a.PolicyVersions)}); pass --since to start after the last change."));
        notes.AddRange(arms.Where(a => a.Arm != options.ProductionArm && a.Arm != options.CandidateArm)
            .Select(a => $"Arm '{a.Arm}' is neither {options.ProductionArm} nor {options.CandidateArm}; it is reported but not compared."));

        return new OnlineReport
        {
            AsOf = asOf,
            WindowStart = start,
            WindowReason = reason,
            Arms = arms,
            Production = production,
            Candidate = candidate,
            Comparison = comparison,
            Decision = decision,
            Options = options,
            Notes = notes,
        };
    }

    private static (DateTimeOffset? Start, string Reason) Window(IReadOnlyList<ConversationSummary> all, ReportOptions options)
    {
        if (options.Since is { } since)
        {
            return (since, "as asked (--since)");
        }

        var firstCandidate = all.FirstOrDefault(c => c.Arm == options.CandidateArm);
        return firstCandidate is null
            ? (null, "every conversation in the logs (no candidate arm)")
            : (firstCandidate.StartedAt, "the first conversation of the candidate arm, so both arms cover the same period");
    }

    private static ArmReport Arm(string arm, List<ConversationSummary> conversations, ReportOptions options, int seed)
    {
        var completed = conversations.Where(c => c.IsCompleted).ToList();
        var accepted = completed.Where(c => c.IsSuccess).ToList();
        var abandoned = completed.Count(c => c.Status == ObservedOutcome.Abandoned);
        var decisions = completed.SelectMany(c => c.Actions).ToList();
        return new ArmReport
        {
            Arm = arm,
            PolicyVersions = [.. conversations.Select(c => c.PolicyVersion).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Accepted = accepted.Count,
            Abandoned = abandoned,
            Expired = completed.Count(c => c.Status == ObservedOutcome.Expired),
            Open = conversations.Count - completed.Count,
            Listeners = completed.Select(c => c.UserKey).Distinct(StringComparer.Ordinal).Count(),
            Success = Proportions.Wilson(accepted.Count, completed.Count, options.Confidence),
            Abandon = Proportions.Wilson(abandoned, completed.Count, options.Confidence),
            TurnsToSuccess = ClusterBootstrap.Ratio(Turns(accepted), Bootstrap(options, seed)),
            ListeningSeconds = ClusterBootstrap.Ratio(Listening(accepted), Bootstrap(options, seed + 1)),
            FirstDecision = ActionMix.Of(completed.Where(c => c.Actions.Count > 0).Select(c => c.Actions[0])),
            AllDecisions = ActionMix.Of(decisions),
            ByPosition = [.. Enumerable.Range(0, ArmReport.Positions.Length).Select(p => ActionMix.Of(completed.SelectMany(c => c.Actions.Select((a, i) => (a, i))).Where(x => Math.Min(x.i, ArmReport.Positions.Length - 1) == p).Select(x => x.a)))],
        };
    }

    private static ArmComparison Compare(IReadOnlyList<ConversationSummary> conversations, ReportOptions options)
    {
        List<ConversationSummary> Completed(string arm) => [.. conversations.Where(c => c.Arm == arm && c.IsCompleted)];
        var candidate = Completed(options.CandidateArm);
        var production = Completed(options.ProductionArm);
        List<ConversationSummary> Accepted(List<ConversationSummary> arm) => [.. arm.Where(c => c.IsSuccess)];
        return new ArmComparison(
            Proportions.NewcombeDifference(candidate.Count(c => c.IsSuccess), candidate.Count, production.Count(c => c.IsSuccess), production.Count, options.Confidence),
            Proportions.NewcombeDifference(candidate.Count(c => c.Status == ObservedOutcome.Abandoned), candidate.Count, production.Count(c => c.Status == ObservedOutcome.Abandoned), production.Count, options.Confidence),
            ClusterBootstrap.Difference(Turns(Accepted(candidate)), Turns(Accepted(production)), Bootstrap(options, options.Seed + 101)),
            ClusterBootstrap.Difference(Listening(Accepted(candidate)), Listening(Accepted(production)), Bootstrap(options, options.Seed + 102)));
    }

    /// <summary>Mean turns of these conversations, summed per listener.</summary>
    private static ClusterSums Turns(IEnumerable<ConversationSummary> conversations) =>
        ClusterSums.MeanByKey(conversations.Select(c => (c.UserKey, (double)c.Turns)));

    /// <summary>Mean listening seconds of these conversations, summed per listener.</summary>
    private static ClusterSums Listening(IEnumerable<ConversationSummary> conversations) =>
        ClusterSums.MeanByKey(conversations.Select(c => (c.UserKey, c.ListeningSeconds)));

    private static BootstrapSettings Bootstrap(ReportOptions options, int seed) => new(options.BootstrapResamples, seed, options.Confidence);
}
