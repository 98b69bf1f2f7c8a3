namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// Catalog id rules. Artist ids are lowercase kebab slugs (<c>simon-and-garfunkel</c>); track ids are
/// <c>&lt;artist-id&gt;--&lt;title-slug&gt;</c>, so a track id alone says whose it is in records and logs.
/// </summary>
internal static class Ids
{
    public const string TrackSeparator = "--";

    /// <summary>
    /// Longest slug: ids travel in AudioPlayer tokens (at most 1024 characters, with the station id and its
    /// exclusions), so a track id is at most 2 × 80 + 2 characters.
    /// </summary>
    public const int MaxSlugLength = 80;

    /// <summary>Null for a valid slug, otherwise why not.</summary>
    public static string? WhyNotSlug(string id) => IsSlug(id, out var why) ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, why!, id);

    private static bool IsSlug(ReadOnlySpan<char> id, out string? why)
    {
        why = null;
        if (id.IsEmpty)
        {
            why = "is empty";
            return false;
        }

        if (id.Length > MaxSlugLength)
        {
            why = "'{0}' is longer than " + MaxSlugLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters";
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                why = "'{0}' must be a lowercase slug: letters a–z, digits and single hyphens (e.g. 'simon-and-garfunkel')";
                return false;
            }
        }

        if (id[0] == '-' || id[^1] == '-' || id.Contains(TrackSeparator, StringComparison.Ordinal))
        {
            why = "'{0}' must not start or end with a hyphen or contain '--'";
            return false;
        }

        return true;
    }

    /// <summary>Null for a valid track id of <paramref name="artistId"/> (when known), otherwise why not.</summary>
    public static string? WhyNotTrackId(string id, string? artistId)
    {
        var cut = id.IndexOf(TrackSeparator, StringComparison.Ordinal);
        if (cut <= 0)
        {
            return $"'{id}' must look like '<artist-id>--<title-slug>', e.g. 'norah-jones--dont-know-why'";
        }

        if (!IsSlug(id.AsSpan(0, cut), out _) || !IsSlug(id.AsSpan(cut + TrackSeparator.Length), out _))
        {
            return $"'{id}' must be two lowercase slugs joined by '--', e.g. 'norah-jones--dont-know-why'";
        }

        return artistId is not null && !id.AsSpan(0, cut).SequenceEqual(artistId)
            ? $"'{id}' must start with its artist id '{artistId}--'"
            : null;
    }
}
