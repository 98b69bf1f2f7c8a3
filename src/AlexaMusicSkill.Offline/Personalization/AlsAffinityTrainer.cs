using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AlexaMusicSkill.Music.Affinity;
using AlexaMusicSkill.Randomness;

namespace AlexaMusicSkill.Offline.Personalization;

/// <summary>
/// Trains the user–item affinity model by implicit-feedback alternating least squares (Hu, Koren &amp; Volinsky
/// 2008): preference 1 for every artist a listener played, confidence 1 + α·log(1 + strength), λ-regularized,
/// solved exactly per user and per artist with the YᵀY trick. Only the artist embeddings are exported (unit length):
/// serving builds a listener's taste from their own history, so new listeners need no retraining.
/// </summary>
public sealed class AlsAffinityTrainer(AffinityTrainingOptions? options = null)
{
    private readonly AffinityTrainingOptions _options = options ?? new AffinityTrainingOptions();

    public AffinityArtifact Train(IReadOnlyList<Interaction> interactions, string? modelVersion = null)
    {
        _options.Validate();
        var listenersPerArtist = interactions.GroupBy(i => i.ArtistId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => i.User).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var kept = interactions.Where(i => listenersPerArtist[i.ArtistId] >= _options.MinListeners && i.Strength > 0).ToList();
        if (kept.Count == 0)
        {
            throw new ArgumentException("No interactions to train on (after dropping artists with too few listeners).", nameof(interactions));
        }

        var users = Index(kept.Select(i => i.User));
        var artists = Index(kept.Select(i => i.ArtistId));
        var byUser = Lists(users.Count);
        var byArtist = Lists(artists.Count);
        foreach (var group in kept.GroupBy(i => (i.User, i.ArtistId)))
        {
            var u = users[group.Key.User];
            var a = artists[group.Key.ArtistId];
            var confidence = 1 + (_options.Alpha * Math.Log(1 + group.Sum(i => i.Strength)));
            byUser[u].Add((a, confidence));
            byArtist[a].Add((u, confidence));
        }

        var k = _options.Dimensions;
        var random = new SeededRandom(unchecked((ulong)_options.Seed));
        var x = Initial(users.Count, k, random);
        var y = Initial(artists.Count, k, random);
        for (var iteration = 0; iteration < _options.Iterations; iteration++)
        {
            Solve(x, y, byUser, k);
            Solve(y, x, byArtist, k);
        }

        var ids = new string[artists.Count];
        foreach (var (id, row) in artists)
        {
            ids[row] = id;
        }

        Normalize(y, k);
        return new AffinityArtifact
        {
            ModelVersion = modelVersion ?? $"als-{DateTimeOffset.UtcNow:yyyyMMdd}-{Fingerprint(kept)[..8]}",
            Dimensions = k,
            ArtistIds = ids,
            Vectors = y,
            TrainingDataFingerprint = Fingerprint(kept),
            CreatedAt = DateTimeOffset.UtcNow,
            Notes = new Dictionary<string, string>
            {
                ["trainer"] = "implicit ALS (Hu, Koren & Volinsky 2008)",
                ["dimensions"] = k.ToString(CultureInfo.InvariantCulture),
                ["iterations"] = _options.Iterations.ToString(CultureInfo.InvariantCulture),
                ["regularization"] = _options.Regularization.ToString(CultureInfo.InvariantCulture),
                ["alpha"] = _options.Alpha.ToString(CultureInfo.InvariantCulture),
                ["users"] = users.Count.ToString(CultureInfo.InvariantCulture),
                ["artists"] = artists.Count.ToString(CultureInfo.InvariantCulture),
                ["interactions"] = kept.Count.ToString(CultureInfo.InvariantCulture),
            },
        };
    }

    /// <summary>x_u = (YᵀY + Yᵀ(C_u − I)Y + λI)⁻¹ Yᵀ C_u p_u for every row u of <paramref name="solved"/>.</summary>
    private void Solve(float[] solved, float[] fixedFactors, List<(int Other, double Confidence)>[] lists, int k)
    {
        var gram = new double[k * k];
        var rows = fixedFactors.Length / k;
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < k; i++)
            {
                var fi = fixedFactors[(r * k) + i];
                for (var j = 0; j <= i; j++)
                {
                    gram[(i * k) + j] += fi * fixedFactors[(r * k) + j];
                }
            }
        }

        var lambda = _options.Regularization;
        Parallel.For(0, lists.Length, () => (A: new double[k * k], B: new double[k]), (u, _, scratch) =>
        {
            var (a, b) = scratch;
            Array.Copy(gram, a, gram.Length);
            Array.Clear(b);
            foreach (var (other, confidence) in lists[u])
            {
                var row = fixedFactors.AsSpan(other * k, k);
                for (var i = 0; i < k; i++)
                {
                    var scaled = (confidence - 1) * row[i];
                    for (var j = 0; j <= i; j++)
                    {
                        a[(i * k) + j] += scaled * row[j];
                    }

                    b[i] += confidence * row[i];
                }
            }

            for (var i = 0; i < k; i++)
            {
                a[(i * k) + i] += lambda;
            }

            CholeskySolve(a, b, k);
            for (var i = 0; i < k; i++)
            {
                solved[(u * k) + i] = (float)b[i];
            }

            return scratch;
        }, _ => { });
    }

    /// <summary>Solves A z = b in place (b becomes z) for symmetric positive definite A given by its lower triangle.</summary>
    private static void CholeskySolve(double[] a, double[] b, int k)
    {
        for (var j = 0; j < k; j++)
        {
            var d = a[(j * k) + j];
            for (var p = 0; p < j; p++)
            {
                d -= a[(j * k) + p] * a[(j * k) + p];
            }

            d = Math.Sqrt(Math.Max(d, 1e-12));
            a[(j * k) + j] = d;
            for (var i = j + 1; i < k; i++)
            {
                var s = a[(i * k) + j];
                for (var p = 0; p < j; p++)
                {
                    s -= a[(i * k) + p] * a[(j * k) + p];
                }

                a[(i * k) + j] = s / d;
            }
        }

        for (var i = 0; i < k; i++)
        {
            var s = b[i];
            for (var p = 0; p < i; p++)
            {
                s -= a[(i * k) + p] * b[p];
            }

            b[i] = s / a[(i * k) + i];
        }

        for (var i = k - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var p = i + 1; p < k; p++)
            {
                s -= a[(p * k) + i] * b[p];
            }

            b[i] = s / a[(i * k) + i];
        }
    }

    private static float[] Initial(int rows, int k, SeededRandom random)
    {
        var factors = new float[rows * k];
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = (float)((random.NextDouble() - 0.5) * 0.1);
        }

        return factors;
    }

    private static void Normalize(float[] factors, int k)
    {
        for (var r = 0; r < factors.Length / k; r++)
        {
            var row = factors.AsSpan(r * k, k);
            var norm = 0.0;
            foreach (var v in row)
            {
                norm += v * v;
            }

            norm = Math.Sqrt(norm);
            if (norm > 0)
            {
                for (var i = 0; i < k; i++)
                {
                    row[i] = (float)(row[i] / norm);
                }
            }
        }
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            index[id] = index.Count;
        }

        return index;
    }

    private static List<(int, double)>[] Lists(int count) => Enumerable.Range(0, count).Select(_ => new List<(int, double)>()).ToArray();

    private static string Fingerprint(IEnumerable<Interaction> interactions)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var i in interactions.OrderBy(i => i.User, StringComparer.Ordinal).ThenBy(i => i.ArtistId, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{i.User}|{i.ArtistId}|{i.Strength:R}\n")));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
