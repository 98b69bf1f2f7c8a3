using System.Text;

namespace AlexaMusicSkill.Music.Stations;

/// <summary>
/// What a station is built from: attributes (genre, mood, era, activity), a seed artist, or a seed track.
/// Its <see cref="Id"/> encodes all of it, so a station can be rebuilt from the id alone (no state needed).
/// Format: parts joined by '+', each <c>key.value</c> with keys t (track), a (artist), g, m, e, x (activity), and
/// n (never play: the <see cref="StationExclusions"/> packed list of what the listener turned down).
/// </summary>
public sealed record StationSeed(
    string? TrackId = null,
    string? ArtistId = null,
    string? Genre = null,
    string? Mood = null,
    string? Era = null,
    string? Activity = null,
    string? Excluded = null)
{
    /// <summary>Longest id accepted: the attributes, the longest track id and a full exclusion list fit in a 1024-character token.</summary>
    public const int MaxIdLength = 900;

    public bool IsEmpty => TrackId is null && ArtistId is null && Genre is null && Mood is null && Era is null && Activity is null;

    /// <summary>
    /// The station as the listener knows it (what it is built from, not what it leaves out): offered and rejected
    /// stations are remembered by this, so a station turned down is not offered again once the exclusions grow.
    /// </summary>
    public StationSeed Described => Excluded is null ? this : this with { Excluded = null };

    /// <summary>This seed, leaving out these tracks and artists (by catalog id) as well.</summary>
    public StationSeed Excluding(IEnumerable<string> trackIds, IEnumerable<string> artistIds) =>
        this with { Excluded = StationExclusions.Pack(trackIds.Concat(artistIds.Select(StationExclusions.ArtistKey))) };

    public string Id
    {
        get
        {
            var id = new StringBuilder();
            Append(id, 't', TrackId);
            Append(id, 'a', ArtistId);
            Append(id, 'g', Genre);
            Append(id, 'm', Mood);
            Append(id, 'e', Era);
            Append(id, 'x', Activity);
            Append(id, 'n', Excluded);
            return id.Length == 0 ? "all" : id.ToString();
        }
    }

    public static StationSeed? TryParse(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
        {
            return null;
        }

        if (id == "all")
        {
            return new StationSeed();
        }

        var seed = new StationSeed();
        foreach (var part in id.Split('+'))
        {
            if (part.Length < 3 || part[1] != '.')
            {
                return null;
            }

            var value = part[2..];
            seed = part[0] switch
            {
                't' => seed with { TrackId = value },
                'a' => seed with { ArtistId = value },
                'g' => seed with { Genre = value },
                'm' => seed with { Mood = value },
                'e' => seed with { Era = value },
                'x' => seed with { Activity = value },
                'n' when StationExclusions.Unpack(value) is not null => seed with { Excluded = value },
                _ => null!,
            };
            if (seed is null)
            {
                return null;
            }
        }

        return seed;
    }

    private static void Append(StringBuilder id, char key, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (id.Length > 0)
        {
            id.Append('+');
        }

        id.Append(key).Append('.').Append(value);
    }
}
