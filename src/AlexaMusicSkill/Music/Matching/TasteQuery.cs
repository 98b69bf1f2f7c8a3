using AlexaMusicSkill.Music.Taxonomy;

namespace AlexaMusicSkill.Music.Matching;

/// <summary><see cref="TasteConstraints"/> compiled against a <see cref="CatalogIndex"/> for fast scoring.</summary>
public sealed class TasteQuery
{
    public TasteQuery(CatalogIndex index, TasteConstraints taste)
    {
        Taste = taste;
        GenreBit = CatalogIndex.Bit(taste.Genre);
        EraIndex = CatalogIndex.EraIndex(taste.Era);
        Mood = CatalogIndex.MoodIndex(taste.Mood);
        TargetEnergy = TargetEnergyOf(taste);
        Artist = taste.ArtistId is null ? -1 : index.ArtistOrdinal(taste.ArtistId);
        Seed = taste.SeedTrackId is null ? -1 : index.PositionOf(taste.SeedTrackId);
        if (MusicTaxonomy.FindActivity(taste.Activity) is { } activity)
        {
            foreach (var genre in activity.GenrePriors)
            {
                ActivityGenres |= CatalogIndex.Bit(genre);
            }
        }

        foreach (var genre in taste.RejectedGenres)
        {
            RejectedGenres |= CatalogIndex.Bit(genre);
        }
    }

    public TasteConstraints Taste { get; }

    public uint GenreBit { get; }

    public int EraIndex { get; }

    public int Mood { get; }

    public double TargetEnergy { get; }

    public int Artist { get; }

    public int Seed { get; }

    public uint ActivityGenres { get; }

    public uint RejectedGenres { get; }

    /// <summary>The energy the listener is after: the mood bucket's centre, else the activity's, else NaN.</summary>
    public static double TargetEnergyOf(TasteConstraints taste) => taste.Mood switch
    {
        MusicTaxonomy.LaidBack => 0.22,
        MusicTaxonomy.InBetween => 0.52,
        MusicTaxonomy.Upbeat => 0.82,
        _ => MusicTaxonomy.FindActivity(taste.Activity)?.TargetEnergy ?? double.NaN,
    };
}
