namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// Catalog id rules. Artist ids are lowercase kebab slugs (<c>simon-and-garfunkel</c>); track ids are
/// <c>&lt;artist-id&gt;--&lt;title-slug&gt;</c>, so a track id alone says whose it is in records and logs.
/// </summary>
internal static class Ids
{
    public const string TrackSeparator = "--";

    /// <summary>Null for a valid slug, otherwise why not.</summary>
    public static string? WhyNotSlug(string id)
    {
        if (id.Length == 0)
        {
            return "is empty";
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return $"'{id}' must be a lowercase slug: letters a–z, digits and single hyphens (e.g. 'simon-and-garfunkel')";
            }
        }

        return id.StartsWith('-') || id.EndsWith('-') || id.Contains(TrackSeparator, StringComparison.Ordinal)
            ? $"'{id}' must not start or end with a hyphen or contain '--'"
            : null;
    }

    /// <summary>Null for a valid track id of <paramref name="artistId"/> (when known), otherwise why not.</summary>
    public static string? WhyNotTrackId(string id, string? artistId)
    {
        var cut = id.IndexOf(TrackSeparator, StringComparison.Ordinal);
        if (cut <= 0)
        {
            return $"'{id}' must look like '<artist-id>--<title-slug>', e.g. 'norah-jones--dont-know-why'";
        }

        if (WhyNotSlug(id[..cut]) is not null || WhyNotSlug(id[(cut + TrackSeparator.Length)..]) is not null)
        {
            return $"'{id}' must be two lowercase slugs joined by '--', e.g. 'norah-jones--dont-know-why'";
        }

        return artistId is not null && !id.AsSpan(0, cut).SequenceEqual(artistId)
            ? $"'{id}' must start with its artist id '{artistId}--'"
            : null;
    }
}
