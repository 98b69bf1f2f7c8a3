using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;

namespace AlexaMusicSkill.Music.Stations;

/// <summary>
/// Builds a station deterministically from its seed and the catalog: the seed track (or the seed artist's best
/// track) first, then tracks ordered by closeness to the seed, never the same artist twice in a row, and never a
/// track or artist the seed excludes (what the listener turned down in the conversation). When too few tracks have
/// all the seed's attributes, era, then mood, then genre are relaxed; the station's <see cref="Station.Label"/> then
/// keeps only what all its tracks have, and <see cref="Station.Widened"/> says what was widened.
/// Deterministic so a playback token can be resolved without stored state.
/// </summary>
public sealed class StationBuilder(ICatalog catalog)
{
    public const int MaxLength = 40;

    public Station Build(StationSeed seed)
    {
        var index = CatalogIndex.For(catalog);
        var excluded = StationExclusions.Unpack(seed.Excluded) ?? [];
        var seedTrack = seed.TrackId is null ? null : catalog.FindTrack(seed.TrackId);
        if (seedTrack is not null && StationExclusions.Excludes(excluded, seedTrack.Id, seedTrack.ArtistId))
        {
            seedTrack = null;
        }

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
            scored = ScoreAll(index, query, relaxation, excluded);
            if (scored.Count >= 8)
            {
                break;
            }
        }

        if (seedTrack is not null)
        {
            scored.RemoveAll(s => s.Track.Id == seedTrack.Id);
        }

        // Only the head of the ranking is ever used: order the best few, and the whole list only when spacing
        // artists out needs to look past them (a head of one artist). Same station either way.
        var ordered = new List<string>(MaxLength);
        var head = scored.Count > HeadSize ? Best(scored, HeadSize) : scored;
        if (head.Count < scored.Count)
        {
            head.Sort(ByRank);
            if (SpaceOutArtists(head, ordered, seedTrack, exhaustive: false))
            {
                return Described(seed, ordered, index, query);
            }

            ordered.Clear();
        }

        scored.Sort(ByRank);
        SpaceOutArtists(scored, ordered, seedTrack, exhaustive: true);
        return Described(seed, ordered, index, query);
    }

    /// <summary>
    /// Names the station by what its tracks really have: an attribute stays in the label only when every track has it
    /// (the genre among its genres, the era exactly, the mood not the opposite bucket: the same tests that exclude
    /// tracks when nothing is relaxed); each dropped one is reported with the way the other tracks lean.
    /// </summary>
    private static Station Described(StationSeed seed, List<string> ordered, CatalogIndex index, TasteQuery query)
    {
        var positions = ordered.Select(index.PositionOf).Where(p => p >= 0).ToArray();
        var label = seed.Described;
        var widened = new List<Widening>(3);

        var outsideEra = positions.Where(p => query.EraIndex >= 0 && index.Era[p] != query.EraIndex).ToArray();
        if (outsideEra.Length > 0)
        {
            label = label with { Era = null };
            var older = outsideEra.Count(p => index.Era[p] >= 0 && index.Era[p] < query.EraIndex);
            var newer = outsideEra.Count(p => index.Era[p] > query.EraIndex);
            var direction = older > 2 * newer ? WideningDirection.Older : newer > 2 * older ? WideningDirection.Newer : WideningDirection.Around;
            widened.Add(new Widening(StationAttribute.Era, direction));
        }

        if (query.Mood >= 0 && positions.Any(p => TrackScorer.IsOppositeMood(query.Mood, index.Mood[p])))
        {
            label = label with { Mood = null };
            widened.Add(new Widening(StationAttribute.Mood, query.Mood == 0 ? WideningDirection.Livelier : WideningDirection.Calmer));
        }

        if (query.GenreBit != 0 && positions.Any(p => (index.GenreMask[p] & query.GenreBit) == 0))
        {
            label = label with { Genre = null };
            widened.Add(new Widening(StationAttribute.Genre, WideningDirection.Around));
        }

        return new Station(seed, ordered) { Label = label, Widened = widened };
    }


    private const int HeadSize = 4 * MaxLength;

    private static int ByRank((Track Track, double Score) x, (Track Track, double Score) y) =>
        y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Track.Id, y.Track.Id);

    /// <summary>The <paramref name="count"/> best by <see cref="ByRank"/>, unordered (one pass with a bounded heap).</summary>
    private static List<(Track Track, double Score)> Best(List<(Track Track, double Score)> scored, int count)
    {
        // The heap's root is the worst of the best so far; a candidate enters when it ranks above it.
        var heap = new PriorityQueue<(Track Track, double Score), (Track Track, double Score)>(count + 1, Comparer<(Track Track, double Score)>.Create((a, b) => ByRank(b, a)));
        foreach (var item in scored)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(item, item);
            }
            else if (ByRank(item, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(item, item);
            }
        }

        return [.. heap.UnorderedItems.Select(x => x.Element)];
    }

    /// <summary>Hard constraints are dropped in this order when too few tracks match them all.</summary>
    public static IReadOnlyList<Relaxation> RelaxationOrder { get; } =
        [Relaxation.None, Relaxation.Era, Relaxation.Era | Relaxation.Mood, Relaxation.Era | Relaxation.Mood | Relaxation.Genre];

    private static List<(Track Track, double Score)> ScoreAll(CatalogIndex index, TasteQuery query, Relaxation relaxation, HashSet<uint> excluded)
    {
        var result = new List<(Track, double)>(index.Count);
        for (var i = 0; i < index.Count; i++)
        {
            if (excluded.Count > 0 && StationExclusions.Excludes(excluded, index.Tracks[i].Id, index.Tracks[i].ArtistId))
            {
                continue;
            }

            var score = TrackScorer.Score(index, i, query, relaxation);
            if (!double.IsNaN(score))
            {
                result.Add((index.Tracks[i], score));
            }
        }

        return result;
    }

    /// <summary>
    /// Fills the station from the ranking, never the same artist twice in a row when another is left. False when a
    /// partial ranking (<paramref name="exhaustive"/> false) ran short of other artists: the full ranking decides then.
    /// </summary>
    private static bool SpaceOutArtists(List<(Track Track, double Score)> scored, List<string> ordered, Track? seedTrack, bool exhaustive)
    {
        var previousArtist = seedTrack?.ArtistId;
        if (seedTrack is not null)
        {
            ordered.Add(seedTrack.Id);
        }

        var used = new bool[scored.Count];
        while (ordered.Count < MaxLength)
        {
            var pick = -1;
            var spaced = false;
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
                    spaced = true;
                    break;
                }
            }

            if (!exhaustive && !spaced)
            {
                return false;
            }

            if (pick < 0)
            {
                return true;
            }

            used[pick] = true;
            ordered.Add(scored[pick].Track.Id);
            previousArtist = scored[pick].Track.ArtistId;
        }

        return true;
    }
}
