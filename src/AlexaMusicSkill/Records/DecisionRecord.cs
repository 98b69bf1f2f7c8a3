using AlexaMusicSkill.Policy;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Records;

/// <summary>
/// One policy decision at turn <see cref="Turn"/>: the input that triggered it, the context, every eligible
/// candidate with its features, score and probability, the chosen action and its propensity, and what was offered.
/// </summary>
public sealed record DecisionRecord : LogRecord
{
    public required int Turn { get; init; }

    public required bool Exploring { get; init; }

    /// <summary>"greedy", or "epsilon-greedy" / "softmax" in exploring conversations.</summary>
    public required string ExplorationScheme { get; init; }

    public double Epsilon { get; init; }

    public string? ModelVersion { get; init; }

    public required string FeatureSchemaVersion { get; init; }

    public required string CatalogFingerprint { get; init; }

    /// <summary>The meaning of the user input that triggered this turn.</summary>
    public required UserMeaning Input { get; init; }

    public required PolicyContext Context { get; init; }

    public required IReadOnlyList<CandidateRecord> Candidates { get; init; }

    public required string Chosen { get; init; }

    /// <summary>The probability with which <see cref="Chosen"/> was drawn, exactly as used.</summary>
    public required double Propensity { get; init; }

    public required OfferedContent Offered { get; init; }

    public double? Closeness { get; init; }

    public double? Sentiment { get; init; }
}

/// <summary>One eligible candidate: action id, policy score, probability, the facts features need, the features.</summary>
public sealed record CandidateRecord(string Action, double Score, double Probability, double PoolShare, double? Affinity, float[] Features);

/// <summary>The structured content of the chosen action: attribute ids asked about, or the item offered.</summary>
public sealed record OfferedContent
{
    public string Type { get; init; } = string.Empty;

    public IReadOnlyList<string> Attributes { get; init; } = [];

    public string? TrackId { get; init; }

    public string? ArtistId { get; init; }

    public string? StationId { get; init; }
}
