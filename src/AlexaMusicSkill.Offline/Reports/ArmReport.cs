using AlexaMusicSkill.Offline.Statistics;

namespace AlexaMusicSkill.Offline.Reports;

/// <summary>One arm's online results over the report's window.</summary>
public sealed record ArmReport
{
    public required string Arm { get; init; }

    /// <summary>Policy versions seen in the arm (more than one means the arm changed during the window).</summary>
    public required IReadOnlyList<string> PolicyVersions { get; init; }

    /// <summary>Completed conversations: accepted + abandoned + expired.</summary>
    public int Conversations => Accepted + Abandoned + Expired;

    public required int Accepted { get; init; }

    public required int Abandoned { get; init; }

    public required int Expired { get; init; }

    /// <summary>Still open at the report's time; not in any rate.</summary>
    public required int Open { get; init; }

    /// <summary>Listeners (distinct user keys) with a completed conversation.</summary>
    public required int Listeners { get; init; }

    /// <summary>Accepted / completed, Wilson interval.</summary>
    public required Interval Success { get; init; }

    /// <summary>Abandoned / completed (expired counted apart), Wilson interval.</summary>
    public required Interval Abandon { get; init; }

    /// <summary>Mean decisions in accepted conversations, bootstrap interval over their listeners.</summary>
    public required Interval TurnsToSuccess { get; init; }

    /// <summary>Mean seconds listened per accepted conversation, bootstrap interval over their listeners.</summary>
    public required Interval ListeningSeconds { get; init; }

    public required ActionMix FirstDecision { get; init; }

    public required ActionMix AllDecisions { get; init; }

    /// <summary>The mix at the 1st, 2nd, 3rd and later decisions.</summary>
    public required IReadOnlyList<ActionMix> ByPosition { get; init; }

    public static readonly string[] Positions = ["1st", "2nd", "3rd", "4th+"];
}

/// <summary>Candidate − production for each measure, with its interval.</summary>
public sealed record ArmComparison(Interval Success, Interval Abandon, Interval TurnsToSuccess, Interval ListeningSeconds);
