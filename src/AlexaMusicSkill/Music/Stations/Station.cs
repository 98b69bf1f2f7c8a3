namespace AlexaMusicSkill.Music.Stations;

/// <summary>A built station: its seed and the ordered track ids (closest to the seed first).</summary>
public sealed record Station(StationSeed Seed, IReadOnlyList<string> TrackIds)
{
    public string Id => Seed.Id;
}
