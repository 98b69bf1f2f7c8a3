namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// The outcome of loading a catalog: either a complete <see cref="MusicCatalog"/> (possibly with warnings) or no
/// catalog and every error found. There is never a partial catalog.
/// </summary>
public sealed record CatalogLoadResult(MusicCatalog? Catalog, IReadOnlyList<CatalogFinding> Findings)
{
    public bool Succeeded => Catalog is not null;

    public IReadOnlyList<CatalogFinding> Errors => [.. Findings.Where(f => f.IsError)];

    public IReadOnlyList<CatalogFinding> Warnings => [.. Findings.Where(f => !f.IsError)];

    /// <summary>One finding per line, errors first, for a CLI or a cold-start log.</summary>
    public string Describe() =>
        string.Join('\n', Findings.OrderByDescending(f => f.Severity).Select(f => f.ToString()));
}
