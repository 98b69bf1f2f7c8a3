namespace AlexaMusicSkill.Policy.Model;

/// <summary>
/// The policy model as shipped (JSON in <c>models/</c>, embedded in the library): a reward regressor q̂(context, action)
/// over the named features. Tree ensembles evaluate as bias + Σ weight × leaf; linear models as bias + Σ w·x.
/// </summary>
public sealed record ModelArtifact
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Unique name of this model, e.g. "gbt-20261125-ab12cd34"; served decisions log it.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>"tree-ensemble" or "linear".</summary>
    public required string Kind { get; init; }

    /// <summary>The feature names in order; must equal <see cref="FeatureSchema.Names"/> to be served.</summary>
    public required IReadOnlyList<string> FeatureNames { get; init; }

    public required string FeatureSchemaVersion { get; init; }

    public double Bias { get; init; }

    public IReadOnlyList<TreeArtifact> Trees { get; init; } = [];

    /// <summary>Linear weights (Kind = linear), one per feature; NaN inputs count as 0.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>A hash of the training rows (which logs, which rewards), for provenance.</summary>
    public required string TrainingDataFingerprint { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Free-form provenance: trainer, hyperparameters, rows, metrics.</summary>
    public IReadOnlyDictionary<string, string>? Notes { get; init; }

    public static class Kinds
    {
        public const string TreeEnsemble = "tree-ensemble";
        public const string Linear = "linear";
    }
}

/// <summary>
/// One regression tree in ML.NET's layout: internal nodes 0..n-1 with a split feature and threshold; a child index
/// below zero is a leaf (<c>~child</c> indexes <see cref="LeafValues"/>). A value goes left when it is
/// <c>&lt;= threshold</c>; NaN goes the way <see cref="NaNGoesLeft"/> says for that node (how ML.NET sends it).
/// </summary>
public sealed record TreeArtifact
{
    public double Weight { get; init; } = 1.0;

    public required IReadOnlyList<int> SplitFeatures { get; init; }

    public required IReadOnlyList<float> Thresholds { get; init; }

    public required IReadOnlyList<int> LeftChildren { get; init; }

    public required IReadOnlyList<int> RightChildren { get; init; }

    public required IReadOnlyList<double> LeafValues { get; init; }

    /// <summary>Per internal node; absent means NaN never goes left.</summary>
    public IReadOnlyList<bool>? NaNGoesLeft { get; init; }
}
