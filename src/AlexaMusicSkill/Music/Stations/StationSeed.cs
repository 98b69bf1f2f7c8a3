using System.Text;

namespace AlexaMusicSkill.Music.Stations;

/// <summary>
/// What a station is built from: attributes (genre, mood, era, activity), a seed artist, or a seed track.
/// Its <see cref="Id"/> encodes all of it, so a station can be rebuilt from the id alone (no state needed).
/// Format: parts joined by '+', each <c>key.value</c> with keys t (track), a (artist), g, m, e, x (activity).
/// </summary>
public sealed record StationSeed(
    string? TrackId = null,
    string? ArtistId = null,
    string? Genre = null,
    string? Mood = null,
    string? Era = null,
    string? Activity = null)
{
    public bool IsEmpty => TrackId is null && ArtistId is null && Genre is null && Mood is null && Era is null && Activity is null;

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
            return id.Length == 0 ? "all" : id.ToString();
        }
    }

    public static StationSeed? TryParse(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 400)
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
