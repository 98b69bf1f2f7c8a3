using System.Buffers.Binary;
using System.Text;

namespace AlexaMusicSkill.Music.Stations;

/// <summary>
/// Tracks and artists a station must never play, packed so they travel inside the station id (and so inside the
/// AudioPlayer token, at most 1024 characters): each id becomes a 32-bit FNV-1a hash, the hashes are sorted,
/// deduplicated and written big-endian in unpadded base64url. A station rebuilt from its token alone (storage down,
/// a later track) still leaves them out.
/// </summary>
/// <remarks>
/// A hash collision can only leave out one more track than asked (never play an excluded one); with at most
/// <see cref="MaxEntries"/> hashes against a catalog of a few thousand tracks the chance that any track is dropped by
/// accident is about 1.2e-4 (assumes the hash spreads ids uniformly over 2^32: 100 × 5,000 / 2^32 ≈ 1.2e-4 expected
/// false exclusions per station). <see cref="MaxEntries"/> is the number of decisions a conversation may take
/// (<c>DialogueServices.MaxTurns</c>); each rejection answers one decision and adds one entry (a track by a rejected
/// artist goes with its artist), so a conversation's own rejections always fit; tracks refused in earlier
/// conversations fill the room that is left.
/// </remarks>
public static class StationExclusions
{
    public const int MaxEntries = 100;

    /// <summary>How an excluded artist is written into the list (tracks go in by their id).</summary>
    public static string ArtistKey(string artistId) => "a:" + artistId;

    /// <summary>Whether a packed list leaves out this track, by its id or its artist's.</summary>
    public static bool Excludes(HashSet<uint> hashes, string trackId, string artistId) =>
        hashes.Count > 0 && (hashes.Contains(Hash(trackId)) || hashes.Contains(Hash(ArtistKey(artistId))));

    /// <summary>The packed form of <paramref name="ids"/>, or null when there are none.</summary>
    public static string? Pack(IEnumerable<string> ids)
    {
        var hashes = ids.Select(Hash).Distinct().Order().ToArray();
        if (hashes.Length == 0)
        {
            return null;
        }

        if (hashes.Length > MaxEntries)
        {
            throw new ArgumentException($"A station excludes at most {MaxEntries} ids; got {hashes.Length}.", nameof(ids));
        }

        var bytes = new byte[hashes.Length * 4];
        for (var i = 0; i < hashes.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(i * 4), hashes[i]);
        }

        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The hashes of a packed list; null when it is not one (the station id is then invalid).</summary>
    public static HashSet<uint>? Unpack(string? packed)
    {
        if (packed is null)
        {
            return [];
        }

        if (packed.Length == 0 || packed.Length > ((MaxEntries * 4 * 4) + 2) / 3)
        {
            return null;
        }

        var base64 = new StringBuilder(packed.Length + 3).Append(packed).Replace('-', '+').Replace('_', '/');
        base64.Append('=', (4 - (base64.Length % 4)) % 4);
        var bytes = new byte[base64.Length / 4 * 3];
        if (!Convert.TryFromBase64String(base64.ToString(), bytes, out var written) || written % 4 != 0 || written == 0)
        {
            return null;
        }

        var hashes = new HashSet<uint>(written / 4);
        for (var i = 0; i < written; i += 4)
        {
            hashes.Add(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i)));
        }

        return hashes;
    }

    /// <summary>FNV-1a over the id's UTF-16 code units: stable across processes and runtimes (unlike string.GetHashCode).</summary>
    public static uint Hash(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ (c & 0xFFu)) * 16777619u;
            hash = (hash ^ (uint)(c >> 8)) * 16777619u;
        }

        return hash;
    }
}
