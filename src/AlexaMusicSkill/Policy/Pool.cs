using AlexaMusicSkill.Music.Matching;

namespace AlexaMusicSkill.Policy;

/// <summary>
/// The tracks still matching at a decision: the best few kept in order, plus running tallies (genres, moods, eras,
/// artists, the listener's affinity per genre when known) for questions and context features. Filled in one pass,
/// no sort of the whole catalog. Tracks that have everything the listener asked for (an exact match) are tallied
/// apart too, so suggestions can follow what was said rather than what merely is not excluded.
/// </summary>
internal sealed class Pool(int topCapacity, int artistCount)
{
    private readonly (int Track, double Score)[] _top = new (int, double)[topCapacity];
    private readonly HashSet<int> _exactTop = new(topCapacity);
    private readonly double[] _genreWeight = new double[CatalogIndex.GenreCount];
    private readonly double[] _exactGenreWeight = new double[CatalogIndex.GenreCount];
    private readonly double[] _genreAffinity = new double[CatalogIndex.GenreCount];
    private readonly int[] _genreAffinityCount = new int[CatalogIndex.GenreCount];
    private readonly int[] _moods = new int[3];
    private readonly int[] _eras = new int[Music.Taxonomy.MusicTaxonomy.Eras.Count];
    private readonly int[] _artists = new int[artistCount];
    private int _topCount;
    private (int Track, double Score)[]? _ordered;

    public int Size { get; private set; }

    /// <summary>How many of the pool's tracks are exact matches.</summary>
    public int ExactCount { get; private set; }

    public int DistinctEras => _eras.Count(count => count > 0);

    public double TopEraShare => Size == 0 ? 0 : (double)_eras.Max() / Size;

    /// <param name="affinity">The listener's affinity for the track's artist, NaN when unknown.</param>
    /// <param name="exact">The track has every attribute the listener gave (its mood bucket exactly, not only "not the opposite").</param>
    public void Add(CatalogIndex index, int track, double score, double affinity = double.NaN, bool exact = false)
    {
        Size++;
        if (exact)
        {
            ExactCount++;
        }

        var genre = index.PrimaryGenre[track];
        if (genre >= 0)
        {
            _genreWeight[genre] += 1.0 + Math.Max(0, score);
            if (exact)
            {
                _exactGenreWeight[genre] += 1.0 + Math.Max(0, score);
            }

            if (!double.IsNaN(affinity))
            {
                _genreAffinity[genre] += affinity;
                _genreAffinityCount[genre]++;
            }
        }

        if (index.Mood[track] >= 0)
        {
            _moods[index.Mood[track]]++;
        }

        if (index.Era[track] >= 0)
        {
            _eras[index.Era[track]]++;
        }

        _artists[index.Artist[track]]++;
        if (InsertTop(track, score) && exact)
        {
            // Tracks that later fall out of the top stay in the set; only the top's members are ever looked up.
            _exactTop.Add(track);
        }
    }

    /// <summary>The best tracks, best first (ties by catalog order).</summary>
    public IReadOnlyList<(int Track, double Score)> Top()
    {
        if (_ordered is null)
        {
            _ordered = _top.AsSpan(0, _topCount).ToArray();
            Array.Sort(_ordered, static (x, y) => Better(x, y) ? -1 : Better(y, x) ? 1 : 0);
        }

        return _ordered;
    }

    /// <summary>
    /// <see cref="Top"/> with the exact matches first (each part in rank order): samples and artists offer what has
    /// everything the listener said before what only is not excluded (an easy-going track after "laid back").
    /// </summary>
    public IEnumerable<(int Track, double Score)> TopExactFirst()
    {
        var top = Top();
        if (_exactTop.Count == 0)
        {
            return top;
        }

        return top.Where(t => _exactTop.Contains(t.Track)).Concat(top.Where(t => !_exactTop.Contains(t.Track)));
    }

    public double MoodShare(int mood) => Size == 0 ? 0 : (double)_moods[mood] / Size;

    public double ArtistShare(int artist) => Size == 0 ? 0 : (double)_artists[artist] / Size;

    /// <summary>The listener's mean affinity for the pool's tracks of a primary genre, NaN when unknown.</summary>
    public double GenreAffinity(string genreId)
    {
        var bit = CatalogIndex.Bit(genreId);
        if (bit == 0)
        {
            return double.NaN;
        }

        var g = System.Numerics.BitOperations.TrailingZeroCount(bit);
        return _genreAffinityCount[g] == 0 ? double.NaN : _genreAffinity[g] / _genreAffinityCount[g];
    }

    public double GenreEntropy()
    {
        var total = _genreWeight.Sum();
        if (total <= 0)
        {
            return 0;
        }

        var entropy = 0.0;
        foreach (var w in _genreWeight)
        {
            if (w > 0)
            {
                var p = w / total;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy;
    }

    /// <summary>
    /// Pairs of the heaviest primary genres not yet suggested or turned down, never a genre with its own sub-genre,
    /// each with the share of the pool it covers. When the listener's affinities are known, a genre's weight is
    /// scaled by (1 + its mean affinity), so the pair leans towards what their history says they enjoy.
    /// The genres are weighed over the exact matches (tracks with everything the listener said) when those offer a
    /// pair, so after "the nineties" and "laid back" the pair is what laid-back nineties music is, not what the
    /// nineties hold most of; otherwise over the whole pool.
    /// </summary>
    public List<(string A, string B, double Share)> GenrePairs(IReadOnlyList<string> offered, IReadOnlyList<string> rejected, int max)
    {
        if (ExactCount > 0)
        {
            var exact = GenrePairs(_exactGenreWeight, offered, rejected, max);
            if (exact.Count > 0)
            {
                return exact;
            }
        }

        return GenrePairs(_genreWeight, offered, rejected, max);
    }

    private List<(string A, string B, double Share)> GenrePairs(double[] weights, IReadOnlyList<string> offered, IReadOnlyList<string> rejected, int max)
    {
        var total = weights.Sum();
        var top = Enumerable.Range(0, weights.Length)
            .Where(g => weights[g] > 0)
            .Select(g => (Id: CatalogIndex.GenreAt(g), Weight: weights[g] * AffinityFactor(g)))
            .Where(g => !offered.Contains(Policy.OfferKeys.Genre(g.Id)) && !rejected.Contains(g.Id))
            .OrderByDescending(g => g.Weight).ThenBy(g => g.Id, StringComparer.Ordinal)
            .Take(4)
            .ToList();

        var pairs = new List<(string, string, double)>(max);
        for (var a = 0; a < top.Count && pairs.Count < max; a++)
        {
            for (var b = a + 1; b < top.Count && pairs.Count < max; b++)
            {
                if (Music.Taxonomy.MusicTaxonomy.IsWithin(top[a].Id, top[b].Id) || Music.Taxonomy.MusicTaxonomy.IsWithin(top[b].Id, top[a].Id))
                {
                    continue;
                }

                var covered = weights[Index(top[a].Id)] + weights[Index(top[b].Id)];
                pairs.Add((top[a].Id, top[b].Id, total <= 0 ? 0 : covered / total));
            }
        }

        return pairs;
    }

    private double AffinityFactor(int genre) =>
        _genreAffinityCount[genre] == 0 ? 1.0 : 1.0 + (_genreAffinity[genre] / _genreAffinityCount[genre]);

    private static int Index(string genreId) => System.Numerics.BitOperations.TrailingZeroCount(CatalogIndex.Bit(genreId));

    /// <summary>Keeps the best <c>topCapacity</c> in a heap whose root is the worst of them: O(log K) per track.</summary>
    private bool InsertTop(int track, double score)
    {
        var item = (track, score);
        if (_topCount < _top.Length)
        {
            _ordered = null;
            var i = _topCount++;
            _top[i] = item;
            while (i > 0 && Better(_top[(i - 1) / 2], _top[i]))
            {
                (_top[i], _top[(i - 1) / 2]) = (_top[(i - 1) / 2], _top[i]);
                i = (i - 1) / 2;
            }

            return true;
        }

        if (!Better(item, _top[0]))
        {
            return false;
        }

        _ordered = null;
        _top[0] = item;
        for (var i = 0; ;)
        {
            var left = (2 * i) + 1;
            var right = left + 1;
            var worst = i;
            if (left < _topCount && Better(_top[worst], _top[left]))
            {
                worst = left;
            }

            if (right < _topCount && Better(_top[worst], _top[right]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return true;
            }

            (_top[i], _top[worst]) = (_top[worst], _top[i]);
            i = worst;
        }
    }

    /// <summary>Higher score first; on a tie the track earlier in the catalog.</summary>
    private static bool Better((int Track, double Score) a, (int Track, double Score) b) =>
        a.Score > b.Score || (a.Score == b.Score && a.Track < b.Track);
}
