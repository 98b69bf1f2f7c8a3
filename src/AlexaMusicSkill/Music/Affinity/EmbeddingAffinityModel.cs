using System.Runtime.CompilerServices;
using AlexaMusicSkill.Music.Matching;

namespace AlexaMusicSkill.Music.Affinity;

/// <summary>
/// Serves an <see cref="AffinityArtifact"/>: the listener's taste vector is the weighted mean of the embeddings of
/// the artists of the tracks they liked (weight 2) and played (weight 1); affinity for an artist is its cosine with
/// that vector. The embeddings are aligned with a catalog once, and a listener's affinities are cached for as long
/// as their history lists are the same objects (a conversation's turns, in memory), so a turn usually pays nothing.
/// </summary>
public sealed class EmbeddingAffinityModel : IAffinityModel
{
    public const double LikedWeight = 2.0;
    public const double PlayedWeight = 1.0;

    private readonly AffinityArtifact _artifact;
    private readonly Dictionary<string, int> _rows;
    private readonly ConditionalWeakTable<CatalogIndex, float[]> _aligned = new();
    private readonly ConditionalWeakTable<IReadOnlyList<string>, CachedAffinities> _cache = new();

    public EmbeddingAffinityModel(AffinityArtifact artifact)
    {
        if (artifact.FormatVersion != AffinityArtifact.CurrentFormatVersion)
        {
            throw new InvalidDataException($"Affinity model format {artifact.FormatVersion} is not {AffinityArtifact.CurrentFormatVersion}.");
        }

        if (artifact.Dimensions < 1 || artifact.Vectors.Count != artifact.ArtistIds.Count * artifact.Dimensions)
        {
            throw new InvalidDataException(
                $"Affinity model {artifact.ModelVersion}: {artifact.Vectors.Count} values do not make {artifact.ArtistIds.Count} rows of {artifact.Dimensions}.");
        }

        _artifact = artifact;
        _rows = new Dictionary<string, int>(artifact.ArtistIds.Count, StringComparer.Ordinal);
        for (var i = 0; i < artifact.ArtistIds.Count; i++)
        {
            _rows[artifact.ArtistIds[i]] = i;
        }
    }

    public string Version => _artifact.ModelVersion;

    public int Dimensions => _artifact.Dimensions;

    public double[]? ArtistAffinities(CatalogIndex index, IReadOnlyList<string> likedTrackIds, IReadOnlyList<string> playedTrackIds)
    {
        if (likedTrackIds.Count == 0 && playedTrackIds.Count == 0)
        {
            return null;
        }

        if (_cache.TryGetValue(playedTrackIds, out var cached) && ReferenceEquals(cached.Liked, likedTrackIds) && ReferenceEquals(cached.Index, index))
        {
            return cached.Affinities;
        }

        var affinities = Compute(index, likedTrackIds, playedTrackIds);
        _cache.AddOrUpdate(playedTrackIds, new CachedAffinities(index, likedTrackIds, affinities));
        return affinities;
    }

    private double[]? Compute(CatalogIndex index, IReadOnlyList<string> liked, IReadOnlyList<string> played)
    {
        var vectors = _aligned.GetValue(index, Align);
        var d = _artifact.Dimensions;
        var taste = new double[d];
        var any = Accumulate(index, vectors, liked, LikedWeight, taste) | Accumulate(index, vectors, played, PlayedWeight, taste);
        var norm = Math.Sqrt(taste.Sum(x => x * x));
        if (!any || norm <= 0)
        {
            return null;
        }

        var result = new double[index.ArtistCount];
        for (var a = 0; a < result.Length; a++)
        {
            var row = vectors.AsSpan(a * d, d);
            if (float.IsNaN(row[0]))
            {
                result[a] = double.NaN;
                continue;
            }

            var dot = 0.0;
            for (var k = 0; k < d; k++)
            {
                dot += taste[k] * row[k];
            }

            result[a] = Math.Clamp(dot / norm, -1.0, 1.0);
        }

        return result;
    }

    private static bool Accumulate(CatalogIndex index, float[] vectors, IReadOnlyList<string> trackIds, double weight, double[] taste)
    {
        var d = taste.Length;
        var any = false;
        foreach (var id in trackIds)
        {
            var position = index.PositionOf(id);
            if (position < 0)
            {
                continue;
            }

            var row = vectors.AsSpan(index.Artist[position] * d, d);
            if (float.IsNaN(row[0]))
            {
                continue;
            }

            any = true;
            for (var k = 0; k < d; k++)
            {
                taste[k] += weight * row[k];
            }
        }

        return any;
    }

    /// <summary>Embedding rows in the catalog's artist order; NaN rows for artists the model never saw.</summary>
    private float[] Align(CatalogIndex index)
    {
        var d = _artifact.Dimensions;
        var aligned = new float[index.ArtistCount * d];
        aligned.AsSpan().Fill(float.NaN);
        foreach (var artist in index.Catalog.Artists)
        {
            var ordinal = index.ArtistOrdinal(artist.Id);
            if (ordinal < 0 || !_rows.TryGetValue(artist.Id, out var row))
            {
                continue;
            }

            for (var k = 0; k < d; k++)
            {
                aligned[(ordinal * d) + k] = _artifact.Vectors[(row * d) + k];
            }
        }

        return aligned;
    }

    private sealed record CachedAffinities(CatalogIndex Index, IReadOnlyList<string> Liked, double[]? Affinities);
}
