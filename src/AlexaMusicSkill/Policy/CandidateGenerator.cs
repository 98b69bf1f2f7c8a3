using AlexaMusicSkill.Dialogue.State;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Music.Stations;
using AlexaMusicSkill.Understanding;

namespace AlexaMusicSkill.Policy;

/// <summary>
/// Builds the eligible actions for a decision from the catalog filtered by what the listener said: questions about
/// what is still open, genre pairs from the remaining pool, the best samples and artists, and stations. Items already
/// offered or rejected in this conversation never come back. One pass over the indexed catalog per turn.
/// </summary>
public sealed class CandidateGenerator(ICatalog catalog)
{
    public const int MaxCandidates = 30;
    public const int MaxSamples = 18;
    public const int MaxArtists = 4;
    public const int MaxGenrePairs = 3;
    public const int MaxQuestionsPerAttribute = 2;
    private const int TopPoolSize = 64;
    private const int MatchSampleSize = 5;

    private readonly CatalogIndex _index = CatalogIndex.For(catalog);

    public CandidateSet Generate(DialogueState state, UserProfile profile, UserMeaning trigger)
    {
        var taste = state.Taste;
        var query = new TasteQuery(_index, taste);
        var excluded = ExcludedTracks(state, profile);
        var penalizedArtists = RejectedArtists(state);

        Pool pool = default!;
        var relaxed = Relaxation.None;
        foreach (var relaxation in StationBuilder.RelaxationOrder)
        {
            relaxed = relaxation;
            pool = ScorePool(query, excluded, penalizedArtists, relaxation);
            if (pool.Size > 0)
            {
                break;
            }
        }

        var match = MatchConfidence(query, pool, relaxed);
        var context = BuildContext(state, trigger, pool, relaxed, match);
        var candidates = new List<CandidateAction>(MaxCandidates);
        AddQuestions(state, taste, pool, candidates);
        var questionCount = candidates.Count;
        var stations = Stations(state, taste);
        var artists = Artists(state, taste, pool);
        var sampleRoom = MaxCandidates - questionCount - stations.Count - artists.Count;
        AddSamples(pool, Math.Min(MaxSamples, sampleRoom), candidates);
        candidates.AddRange(artists);
        candidates.AddRange(stations);
        return new CandidateSet(context, candidates, relaxed, match);
    }

    /// <summary>
    /// How well the candidates match what was asked, in [0, 1]: the best few pool tracks' item match (and similarity to
    /// the seed, when there is one), how concentrated the pool is on few genres, less for every relaxed constraint.
    /// </summary>
    private double MatchConfidence(TasteQuery query, Pool pool, Relaxation relaxed)
    {
        if (pool.Size == 0)
        {
            return 0;
        }

        var sum = 0.0;
        var count = 0;
        foreach (var (track, _) in pool.Top())
        {
            var match = TrackScorer.MatchShare(_index, track, query);
            if (query.Seed >= 0)
            {
                var similarity = TrackSimilarity.Between(_index, track, query.Seed);
                match = query.Taste.KnownCount == 0 ? similarity : (match + similarity) / 2;
            }

            sum += match;
            if (++count == MatchSampleSize)
            {
                break;
            }
        }

        var concentration = 1.0 - (pool.GenreEntropy() / Math.Log2(CatalogIndex.GenreCount));
        var penalty = Math.Pow(0.75, System.Numerics.BitOperations.PopCount((uint)relaxed));
        return Math.Round(Math.Clamp(((0.6 * sum / count) + (0.4 * concentration)) * penalty, 0.0, 1.0), 4);
    }

    private bool[] ExcludedTracks(DialogueState state, UserProfile profile)
    {
        var excluded = new bool[_index.Count];
        Mark(state.Offered);
        Mark(state.Rejected);
        Mark(profile.Rejected);
        return excluded;

        void Mark(IReadOnlyList<string> ids)
        {
            foreach (var id in ids)
            {
                var i = _index.PositionOf(id);
                if (i >= 0)
                {
                    excluded[i] = true;
                }
            }
        }
    }

    /// <summary>Artists the listener turned down (directly, or through one of their samples) in this conversation.</summary>
    private HashSet<int> RejectedArtists(DialogueState state)
    {
        var artists = new HashSet<int>();
        foreach (var id in state.Rejected)
        {
            if (id.StartsWith("a:", StringComparison.Ordinal))
            {
                artists.Add(_index.ArtistOrdinal(id[2..]));
            }
            else if (_index.PositionOf(id) is var i and >= 0)
            {
                artists.Add(_index.Artist[i]);
            }
        }

        return artists;
    }

    private Pool ScorePool(TasteQuery query, bool[] excluded, HashSet<int> penalizedArtists, Relaxation relaxation)
    {
        var pool = new Pool(TopPoolSize, _index.ArtistCount);
        for (var i = 0; i < _index.Count; i++)
        {
            if (excluded[i])
            {
                continue;
            }

            var score = TrackScorer.Score(_index, i, query, relaxation);
            if (double.IsNaN(score))
            {
                continue;
            }

            if (penalizedArtists.Contains(_index.Artist[i]))
            {
                score -= 1.0;
            }

            pool.Add(_index, i, score);
        }

        return pool;
    }

    private static PolicyContext BuildContext(DialogueState state, UserMeaning trigger, Pool pool, Relaxation relaxed, double match) => new()
    {
        Turn = state.Turn,
        Mood = state.Taste.Mood,
        Genre = state.Taste.Genre,
        Era = state.Taste.Era,
        Artist = state.Taste.ArtistId,
        Activity = state.Taste.Activity,
        SeedTrack = state.Taste.SeedTrackId,
        AskedOpen = state.Asked.Open,
        AskedMood = state.Asked.Mood,
        AskedGenre = state.Asked.Genre,
        AskedEra = state.Asked.Era,
        SamplesOffered = state.SamplesOffered,
        ArtistsOffered = state.ArtistsOffered,
        StationsOffered = state.StationsOffered,
        Rejections = state.Rejections,
        LastAct = trigger.Act.ToString(),
        Understanding = Math.Round(state.Understanding, 4),
        FallbackStreak = state.FallbackStreak,
        PoolSize = pool.Size,
        PoolGenreEntropy = Math.Round(pool.GenreEntropy(), 4),
        PoolLaidBackShare = Math.Round(pool.MoodShare(0), 4),
        PoolUpbeatShare = Math.Round(pool.MoodShare(2), 4),
        Relaxed = (int)relaxed,
        Sentiment = state.Sentiments.Count > 0 ? state.Sentiments[^1] : null,
        Closeness = GoalCloseness.Estimate(state, match),
    };

    private static void AddQuestions(DialogueState state, TasteConstraints taste, Pool pool, List<CandidateAction> candidates)
    {
        if (state.Asked.Open == 0 && taste.KnownCount == 0 && taste.SeedTrackId is null)
        {
            candidates.Add(new CandidateAction(ActionId.Of(ActionType.AskOpen), 1.0));
        }

        if (taste.Mood is null && state.Asked.Mood < MaxQuestionsPerAttribute && pool.MoodShare(0) > 0 && pool.MoodShare(2) > 0)
        {
            candidates.Add(new CandidateAction(ActionId.Of(ActionType.AskMood), Math.Round(Math.Max(pool.MoodShare(0), pool.MoodShare(2)), 4)));
        }

        if (taste.Genre is null && taste.ArtistId is null && state.Asked.Genre <= MaxQuestionsPerAttribute)
        {
            foreach (var (a, b, share) in pool.GenrePairs(state.Offered, taste.RejectedGenres, MaxGenrePairs))
            {
                candidates.Add(new CandidateAction(ActionId.Of(ActionType.AskGenre, a, b), Math.Round(share, 4)));
            }
        }

        if (taste.Era is null && state.Asked.Era < MaxQuestionsPerAttribute && pool.DistinctEras >= 2)
        {
            candidates.Add(new CandidateAction(ActionId.Of(ActionType.AskEra), Math.Round(pool.TopEraShare, 4)));
        }
    }

    private void AddSamples(Pool pool, int room, List<CandidateAction> candidates)
    {
        // Best first, at most two samples per artist so the choice stays varied.
        var perArtist = new Dictionary<int, int>();
        foreach (var (i, _) in pool.Top())
        {
            if (room <= 0)
            {
                return;
            }

            var artist = _index.Artist[i];
            var used = perArtist.GetValueOrDefault(artist);
            if (used >= 2)
            {
                continue;
            }

            perArtist[artist] = used + 1;
            candidates.Add(new CandidateAction(ActionId.Of(ActionType.PlaySample, _index.Tracks[i].Id), Math.Round(1.0 / Math.Max(1, pool.Size), 4)));
            room--;
        }
    }

    private List<CandidateAction> Artists(DialogueState state, TasteConstraints taste, Pool pool)
    {
        var result = new List<CandidateAction>(MaxArtists);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (i, _) in pool.Top())
        {
            var artistId = _index.Tracks[i].ArtistId;
            if (result.Count == MaxArtists || !seen.Add(artistId))
            {
                continue;
            }

            var key = OfferKeys.Artist(artistId);
            if (artistId == taste.ArtistId || state.Offered.Contains(key) || state.Rejected.Contains(key))
            {
                continue;
            }

            result.Add(new CandidateAction(ActionId.Of(ActionType.SuggestArtist, artistId), Math.Round(pool.ArtistShare(_index.Artist[i]), 4)));
        }

        return result;
    }

    private static List<CandidateAction> Stations(DialogueState state, TasteConstraints taste)
    {
        var result = new List<CandidateAction>(2);
        if (taste.KnownCount > 0)
        {
            Add(new StationSeed(ArtistId: taste.ArtistId, Genre: taste.Genre, Mood: taste.Mood, Era: taste.Era, Activity: taste.Activity), 1.0);
        }

        if (taste.SeedTrackId is { } seedTrack)
        {
            Add(new StationSeed(TrackId: seedTrack), 0.5);
        }

        return result;

        void Add(StationSeed seed, double share)
        {
            var key = OfferKeys.Station(seed.Id);
            if (!state.Offered.Contains(key) && !state.Rejected.Contains(key))
            {
                result.Add(new CandidateAction(ActionId.Of(ActionType.OfferStation, seed.Id), share));
            }
        }
    }
}
