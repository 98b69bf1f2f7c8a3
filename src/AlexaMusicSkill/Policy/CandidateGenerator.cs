using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Music.Matching;
using AlexaMusicSkill.Music.Stations;

namespace AlexaMusicSkill.Policy;

/// <summary>
/// Builds the eligible actions for a decision from the catalog filtered by what the listener said: questions about
/// what is still open, genre pairs from the remaining pool, the best samples and artists, and stations. Items already
/// offered or rejected in this conversation never come back (a rejected artist's tracks neither; the artist of a
/// rejected sample only ranks lower). One pass over the indexed catalog per turn.
/// With a listener's affinities (from their profile's history) tracks rank higher the more the listener is likely
/// to enjoy their artist, genre pairs lean towards the genres they enjoy, and every item action carries the
/// affinity as a fact for the policy's features.
/// </summary>
public sealed class CandidateGenerator(ICatalog catalog, CandidateSettings? settings = null, IAffinityModel? affinity = null)
{
    public const int MaxQuestionsPerAttribute = 2;
    private const int MatchSampleSize = 5;

    private readonly CatalogIndex _index = CatalogIndex.For(catalog);
    private readonly CandidateSettings _settings = (settings ?? CandidateSettings.Default).Validated();
    private readonly IAffinityModel _affinity = affinity ?? NoAffinity.Instance;

    public CandidateSettings Settings => _settings;

    public IAffinityModel Affinity => _affinity;

    public CandidateSet Generate(DecisionQuery decision)
    {
        var taste = decision.Taste;
        var query = new TasteQuery(_index, taste);
        var excluded = ExcludedTracks(decision);
        var (excludedArtists, penalizedArtists) = RejectedArtists(decision);
        var affinities = _affinity.ArtistAffinities(_index, decision.Liked, decision.Played);

        Pool pool = default!;
        var relaxed = Relaxation.None;
        foreach (var relaxation in StationBuilder.RelaxationOrder)
        {
            relaxed = relaxation;
            pool = ScorePool(query, excluded, excludedArtists, penalizedArtists, affinities, relaxation);
            if (pool.Size > 0)
            {
                break;
            }
        }

        var match = MatchConfidence(query, pool, relaxed);
        var context = PolicyContexts.For(decision, pool, relaxed, match);
        var candidates = new List<CandidateAction>(_settings.MaxCandidates);
        AddQuestions(decision, taste, pool, candidates);
        var questionCount = candidates.Count;
        var stations = Stations(decision, taste, pool, affinities);
        var artists = Artists(decision, taste, pool, affinities);
        var sampleRoom = _settings.MaxCandidates - questionCount - stations.Count - artists.Count;
        AddSamples(pool, Math.Min(_settings.MaxSamples, sampleRoom), affinities, candidates);
        candidates.AddRange(artists);
        candidates.AddRange(stations);
        if (candidates.Count > _settings.MaxCandidates)
        {
            candidates.RemoveRange(_settings.MaxCandidates, candidates.Count - _settings.MaxCandidates);
        }

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

    private bool[] ExcludedTracks(DecisionQuery decision)
    {
        var excluded = new bool[_index.Count];
        Mark(decision.Offered);
        Mark(decision.Rejected);
        Mark(decision.RejectedBefore);
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

    /// <summary>
    /// Artists the listener turned down in this conversation: directly (a suggested artist, "not that artist"), whose
    /// tracks are left out, and through one of their samples, whose tracks rank lower.
    /// </summary>
    private (HashSet<int> Excluded, HashSet<int> Penalized) RejectedArtists(DecisionQuery decision)
    {
        var excluded = new HashSet<int>();
        var penalized = new HashSet<int>();
        foreach (var id in decision.Rejected)
        {
            if (OfferKeys.ArtistIn(id) is { } artist)
            {
                excluded.Add(_index.ArtistOrdinal(artist));
            }
            else if (_index.PositionOf(id) is var i and >= 0)
            {
                penalized.Add(_index.Artist[i]);
            }
        }

        return (excluded, penalized);
    }

    private Pool ScorePool(TasteQuery query, bool[] excluded, HashSet<int> excludedArtists, HashSet<int> penalizedArtists, double[]? affinities, Relaxation relaxation)
    {
        var pool = new Pool(_settings.PoolDepth, _index.ArtistCount);
        var weight = _settings.AffinityWeight;
        for (var i = 0; i < _index.Count; i++)
        {
            if (excluded[i] || (excludedArtists.Count > 0 && excludedArtists.Contains(_index.Artist[i])))
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

            var affinity = affinities is null ? double.NaN : affinities[_index.Artist[i]];
            if (!double.IsNaN(affinity))
            {
                score += weight * affinity;
            }

            var exact = query.Taste.KnownCount > 0 && TrackScorer.MatchShare(_index, i, query) >= 1.0;
            pool.Add(_index, i, score, affinity, exact);
        }

        return pool;
    }

    private void AddQuestions(DecisionQuery decision, TasteConstraints taste, Pool pool, List<CandidateAction> candidates)
    {
        if (decision.AskedOpen == 0 && taste.KnownCount == 0 && taste.SeedTrackId is null)
        {
            candidates.Add(new CandidateAction(ActionId.Of(ActionType.AskOpen), 1.0));
        }

        if (taste.Mood is null && decision.AskedMood < MaxQuestionsPerAttribute && pool.MoodShare(0) > 0 && pool.MoodShare(2) > 0)
        {
            candidates.Add(new CandidateAction(ActionId.Of(ActionType.AskMood), Math.Round(Math.Max(pool.MoodShare(0), pool.MoodShare(2)), 4)));
        }

        if (taste.Genre is null && taste.ArtistId is null && decision.AskedGenre <= MaxQuestionsPerAttribute)
        {
            foreach (var (a, b, share) in pool.GenrePairs(decision.Offered, taste.RejectedGenres, _settings.MaxGenrePairs))
            {
                var affinity = Max(pool.GenreAffinity(a), pool.GenreAffinity(b));
                candidates.Add(new CandidateAction(ActionId.Of(ActionType.AskGenre, a, b), Math.Round(share, 4), Rounded(affinity)));
            }
        }

        if (taste.Era is null && decision.AskedEra < MaxQuestionsPerAttribute && pool.DistinctEras >= 2)
        {
            candidates.Add(new CandidateAction(ActionId.Of(ActionType.AskEra), Math.Round(pool.TopEraShare, 4)));
        }
    }

    private void AddSamples(Pool pool, int room, double[]? affinities, List<CandidateAction> candidates)
    {
        // Exact matches first, best first, at most two samples per artist so the choice stays varied.
        var perArtist = new Dictionary<int, int>();
        foreach (var (i, _) in pool.TopExactFirst())
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
            candidates.Add(new CandidateAction(
                ActionId.Of(ActionType.PlaySample, _index.Tracks[i].Id), Math.Round(1.0 / Math.Max(1, pool.Size), 4), ArtistAffinity(affinities, artist)));
            room--;
        }
    }

    private List<CandidateAction> Artists(DecisionQuery decision, TasteConstraints taste, Pool pool, double[]? affinities)
    {
        var result = new List<CandidateAction>(_settings.MaxArtists);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (i, _) in pool.TopExactFirst())
        {
            var artistId = _index.Tracks[i].ArtistId;
            if (result.Count == _settings.MaxArtists || !seen.Add(artistId))
            {
                continue;
            }

            var key = OfferKeys.Artist(artistId);
            if (artistId == taste.ArtistId || decision.Offered.Contains(key) || decision.Rejected.Contains(key))
            {
                continue;
            }

            result.Add(new CandidateAction(
                ActionId.Of(ActionType.SuggestArtist, artistId), Math.Round(pool.ArtistShare(_index.Artist[i]), 4), ArtistAffinity(affinities, _index.Artist[i])));
        }

        return result;
    }

    private List<CandidateAction> Stations(DecisionQuery decision, TasteConstraints taste, Pool pool, double[]? affinities)
    {
        var result = new List<CandidateAction>(2);
        if (taste.KnownCount > 0)
        {
            var seed = new StationSeed(ArtistId: taste.ArtistId, Genre: taste.Genre, Mood: taste.Mood, Era: taste.Era, Activity: taste.Activity);
            var affinity = taste.ArtistId is { } artist ? ArtistAffinity(affinities, _index.ArtistOrdinal(artist))
                : taste.Genre is { } genre ? Rounded(pool.GenreAffinity(genre)) : null;
            Add(seed, 1.0, affinity);
        }

        if (taste.SeedTrackId is { } seedTrack)
        {
            var position = _index.PositionOf(seedTrack);
            Add(new StationSeed(TrackId: seedTrack), 0.5, position < 0 ? null : ArtistAffinity(affinities, _index.Artist[position]));
        }

        return result;

        void Add(StationSeed seed, double share, double? affinity)
        {
            var key = OfferKeys.Station(seed.Id);
            if (!decision.Offered.Contains(key) && !decision.Rejected.Contains(key))
            {
                result.Add(new CandidateAction(ActionId.Of(ActionType.OfferStation, seed.Id), share, affinity));
            }
        }
    }

    private static double? ArtistAffinity(double[]? affinities, int artistOrdinal) =>
        affinities is null || artistOrdinal < 0 ? null : Rounded(affinities[artistOrdinal]);

    /// <summary>Rounded like the other logged facts, so features rebuilt from a record match the live ones.</summary>
    private static double? Rounded(double value) => double.IsNaN(value) ? null : Math.Round(value, 4);

    private static double Max(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Max(a, b);
}
