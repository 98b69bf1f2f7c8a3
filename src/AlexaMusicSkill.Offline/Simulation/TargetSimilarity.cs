using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Music.Stations;

namespace AlexaMusicSkill.Offline.Simulation;

/// <summary>
/// How close an offer is to what the listener is after, in [0, 1], from the listener's truth only (never the
/// policy's features): the target artist itself is 1; otherwise genre, energy and era closeness are weighted
/// (<see cref="SimulatorOptions"/>), and a part either side does not know counts as neutral (indifference).
/// A station is judged by its seed: the seed track or artist, else how its genre, mood and era fit the target.
/// </summary>
public sealed class TargetSimilarity(SimulatorOptions options, MusicTruth truth)
{
    public double OfArtist(string artistId, ListenerTarget target) =>
        artistId == target.ArtistId ? 1.0 : truth.Artist(artistId) is { } attributes ? Between(attributes, target.Attributes) : options.NeutralCloseness;

    public double OfTrack(string trackId, ListenerTarget target) => truth.Track(trackId) is { } track
        ? track.ArtistId == target.ArtistId ? 1.0 : Between(track.Attributes, target.Attributes)
        : options.NeutralCloseness;

    public double OfStation(StationSeed seed, ListenerTarget target)
    {
        if (seed.TrackId is { } track)
        {
            return OfTrack(track, target);
        }

        if (seed.ArtistId is { } artist)
        {
            return OfArtist(artist, target);
        }

        var wanted = target.Attributes;
        var genre = seed.Genre is null || wanted.Genres.Count == 0 ? options.NeutralCloseness : StationGenreCloseness(seed.Genre, wanted);
        var mood = seed.Mood is null || wanted.Mood is null ? options.NeutralCloseness : MoodCloseness(seed.Mood, wanted.Mood);
        var era = seed.Era is null || wanted.EraIndex < 0 ? options.NeutralCloseness : EraCloseness(CatalogIndex.EraIndex(seed.Era), wanted.EraIndex);
        return (options.GenreWeight * genre) + (options.EnergyWeight * mood) + (options.EraWeight * era);
    }

    public double Between(TrueAttributes item, TrueAttributes wanted)
    {
        var genre = item.Primary == 0 || wanted.Primary == 0 ? options.NeutralCloseness : GenreCloseness(item, wanted);
        var energy = item.Energy is { } a && wanted.Energy is { } b ? Math.Clamp(1.0 - (2.0 * Math.Abs(a - b)), 0, 1) : options.NeutralCloseness;
        var era = item.EraIndex < 0 || wanted.EraIndex < 0 ? options.NeutralCloseness : EraCloseness(item.EraIndex, wanted.EraIndex);
        return (options.GenreWeight * genre) + (options.EnergyWeight * energy) + (options.EraWeight * era);
    }

    /// <summary>Same primary genre 1; a shared genre 0.7; related through the hierarchy 0.5; a common ancestor 0.25.</summary>
    private static double GenreCloseness(TrueAttributes item, TrueAttributes wanted)
    {
        if (item.Primary == wanted.Primary)
        {
            return 1.0;
        }

        if ((item.OwnMask & wanted.OwnMask) != 0)
        {
            return 0.7;
        }

        var related = (item.AncestorMask & wanted.Primary) != 0 || (wanted.AncestorMask & item.Primary) != 0;
        return related ? 0.5 : (item.AncestorMask & wanted.AncestorMask) != 0 ? 0.25 : 0.0;
    }

    /// <summary>A genre station covers its sub-genres: "rock" suits an alternative-rock target almost as well as "alternative rock".</summary>
    private static double StationGenreCloseness(string genre, TrueAttributes wanted)
    {
        var bit = CatalogIndex.Bit(genre);
        if (bit == wanted.Primary)
        {
            return 1.0;
        }

        if ((TrueAttributes.WithAncestors(wanted.Genres[0]) & bit) != 0)
        {
            return 0.8;
        }

        if (wanted.HasGenreWithin(genre))
        {
            return 0.7;
        }

        var ancestors = TrueAttributes.WithAncestors(genre);
        return (ancestors & wanted.Primary) != 0 ? 0.5 : (ancestors & wanted.AncestorMask) != 0 ? 0.25 : 0.0;
    }

    private static double MoodCloseness(string a, string b)
    {
        var gap = Math.Abs(CatalogIndex.MoodIndex(a) - CatalogIndex.MoodIndex(b));
        return gap == 0 ? 1.0 : gap == 1 ? 0.5 : 0.0;
    }

    private static double EraCloseness(int a, int b) => a == b ? 1.0 : Math.Abs(a - b) == 1 ? 0.5 : 0.0;
}
