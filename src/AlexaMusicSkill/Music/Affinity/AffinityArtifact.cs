namespace AlexaMusicSkill.Music.Affinity;

/// <summary>
/// A trained user–item affinity model as shipped: one unit-length embedding per artist (row-major in
/// <see cref="Vectors"/>). A listener's taste is the weighted mean of the embeddings of what they liked and played;
/// their affinity for an artist is the cosine between the two. Artifacts trained on research data are written to
/// run folders only, never committed.
/// </summary>
public sealed record AffinityArtifact
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Unique name, e.g. "als-20261125-ab12cd34"; reports and notes name it.</summary>
    public required string ModelVersion { get; init; }

    public required int Dimensions { get; init; }

    /// <summary>Catalog artist ids, one per embedding row.</summary>
    public required IReadOnlyList<string> ArtistIds { get; init; }

    /// <summary><see cref="ArtistIds"/>.Count × <see cref="Dimensions"/> floats, each row of unit length.</summary>
    public required IReadOnlyList<float> Vectors { get; init; }

    /// <summary>A hash of the interactions it was trained on, for provenance.</summary>
    public string? TrainingDataFingerprint { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Free-form provenance: trainer, hyperparameters, users, interactions.</summary>
    public IReadOnlyDictionary<string, string>? Notes { get; init; }
}
