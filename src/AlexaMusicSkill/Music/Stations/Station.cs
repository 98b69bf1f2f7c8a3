namespace AlexaMusicSkill.Music.Stations;

/// <summary>
/// A built station: its seed, the ordered track ids (closest to the seed first), and what it can honestly be called:
/// <see cref="Label"/> keeps only the seed's attributes that every one of its tracks has, and <see cref="Widened"/>
/// says which were dropped because too few tracks have them, and which way the added tracks lean.
/// </summary>
public sealed record Station(StationSeed Seed, IReadOnlyList<string> TrackIds)
{
    public string Id => Seed.Id;

    /// <summary>The seed's attributes that hold for every track (no exclusions: it names the station, nothing more).</summary>
    public StationSeed Label { get; init; } = Seed.Described;

    public IReadOnlyList<Widening> Widened { get; init; } = [];
}

/// <summary>An attribute the station could not keep for all its tracks.</summary>
public enum StationAttribute
{
    Era,
    Mood,
    Genre,
}

/// <summary>Which way the tracks added beyond the attribute lean.</summary>
public enum WideningDirection
{
    /// <summary>No single direction (several eras, other genres).</summary>
    Around,

    /// <summary>Earlier eras.</summary>
    Older,

    /// <summary>Later eras.</summary>
    Newer,

    /// <summary>More energy than the mood asked for.</summary>
    Livelier,

    /// <summary>Less energy than the mood asked for.</summary>
    Calmer,
}

/// <summary>One dropped attribute: <see cref="Attribute"/> of the seed, <see cref="Direction"/> of the added tracks.</summary>
public readonly record struct Widening(StationAttribute Attribute, WideningDirection Direction);
