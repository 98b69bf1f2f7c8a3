namespace AlexaMusicSkill.Music.Catalog;

/// <summary>The few checks that differ between the built-in catalog and one a deployer brings.</summary>
public sealed record CatalogRules
{
    /// <summary>The popularity of an artist whose source gives none: the middle, neither pushed nor buried.</summary>
    public const int DefaultPopularity = 50;

    /// <summary>Every artist needs at least this many tracks (one is enough to play something).</summary>
    public int MinTracksPerArtist { get; init; } = 1;

    /// <summary>The latest plausible release year; later years are refused as typos.</summary>
    public int LatestYear { get; init; } = DateTime.UtcNow.Year + 1;

    public static CatalogRules BringYourOwn { get; } = new();

    /// <summary>The built-in catalog promises a choice of samples for every artist.</summary>
    public static CatalogRules BuiltIn { get; } = new() { MinTracksPerArtist = 2 };
}
