using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;

namespace AlexaMusicSkill.Music.Stations;

/// <summary>
/// Builds a station deterministically from its seed and the catalog: the seed track (or the seed artist's best
/// track) first, then tracks ordered by closeness to the seed, never the same artist twice in a row.
/// Deterministic so a playback token can be resolved without stored state.
/// </summary>
public sealed class StationBuilder(ICatalog catalog)
{
    public const int MaxLength = 40;

    public Station Build(StationSeed seed)
    {
        var index = CatalogIndex.For(catalog);
        var seedTrack = seed.TrackId is null ? null : catalog.FindTrack(seed.TrackId);
        var query = new TasteQuery(index, new TasteConstraints
        {
            Genre = seed.Genre,
            Mood = seed.Mood,
            Era = seed.Era,
            ArtistId = seed.ArtistId ?? seedTrack?.ArtistId,
            Activity = seed.Activity,
            SeedTrackId = seedTrack?.Id,
        });

        // A narrow seed (a rare genre in one decade) still needs a station: drop era, then mood, then genre.
        List<(Track Track, double Score)> scored = [];
        foreach (var relaxation in RelaxationOrder)
        {
            scored = ScoreAll(index, query, relaxation);
            if (scored.Count >= 8)
            {
                break;
            }
        }

        scored.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Track.Id, y.Track.Id));
        var ordered = new List<string>(MaxLength);
        if (seedTrack is not null)
        {
            ordered.Add(seedTrack.Id);
            scored.RemoveAll(s => s.Track.Id == seedTrack.Id);
        }

        SpaceOutArtists(scored, ordered, seedTrack?.ArtistId);
        return new Station(seed, ordered);
    }

    /// <summary>Hard constraints are dropped in this order when too few tracks match them all.</summary>
    public static IReadOnlyList<Relaxation> RelaxationOrder { get; } =
        [Relaxation.None, Relaxation.Era, Relaxation.Era | Relaxation.Mood, Relaxation.Era | Relaxation.Mood | Relaxation.Genre];

    private static List<(Track Track, double Score)> ScoreAll(CatalogIndex index, TasteQuery query, Relaxation relaxation)
    {
        var result = new List<(Track, double)>(index.Count);
        for (var i = 0; i < index.Count; i++)
        {
            var score = TrackScorer.Score(index, i, query, relaxation);
            if (!double.IsNaN(score))
            {
                result.Add((index.Tracks[i], score));
            }
        }

        return result;
    }

    private static void SpaceOutArtists(List<(Track Track, double Score)> scored, List<string> ordered, string? previousArtist)
    {
        var used = new bool[scored.Count];
        while (ordered.Count < MaxLength)
        {
            var pick = -1;
            for (var i = 0; i < scored.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                if (pick < 0)
                {
                    pick = i;
                }

                if (scored[i].Track.ArtistId != previousArtist)
                {
                    pick = i;
                    break;
                }
            }

            if (pick < 0)
            {
                return;
            }

            used[pick] = true;
            ordered.Add(scored[pick].Track.Id);
            previousArtist = scored[pick].Track.ArtistId;
        }
    }
}
