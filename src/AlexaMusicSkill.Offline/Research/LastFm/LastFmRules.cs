namespace AlexaMusicSkill.Offline.Research.LastFm;

/// <summary>
/// When tag evidence is strong enough to call an attribute known (docs/lastfm-tag-mapping.md explains the numbers).
/// A vote is one user applying one mapped tag to the artist.
/// </summary>
public sealed record LastFmRules
{
    /// <summary>A genre is kept when it has at least this share of the top genre's votes…</summary>
    public double MinGenreShare { get; init; } = 0.25;

    /// <summary>…and at most this many genres are kept, most voted first.</summary>
    public int MaxGenres { get; init; } = 3;

    /// <summary>Energy is estimated only from at least this many energy-bearing votes…</summary>
    public double MinEnergyVotes { get; init; } = 2;

    /// <summary>…that agree: a weighted standard deviation above this means "both chill and party", so unknown.</summary>
    public double MaxEnergySpread { get; init; } = 0.25;

    /// <summary>An era needs at least this many decade votes…</summary>
    public double MinEraVotes { get; init; } = 2;

    /// <summary>…and this share of all the artist's decade votes.</summary>
    public double MinEraShare { get; init; } = 0.6;

    public static LastFmRules Default { get; } = new();
}
