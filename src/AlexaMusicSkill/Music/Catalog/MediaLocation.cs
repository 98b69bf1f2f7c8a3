namespace AlexaMusicSkill.Music.Catalog;

/// <summary>
/// Resolves a sample or stream location: an absolute https URL is kept, a relative path is appended to the media
/// base URL. Plain string work for relative paths keeps the built-in catalog's cold start cheap.
/// </summary>
internal static class MediaLocation
{
    public static bool IsAbsolute(string location) => location.Contains("://", StringComparison.Ordinal);

    /// <summary>Null when <paramref name="baseUrl"/> is a usable absolute https URL; otherwise why not.</summary>
    public static string? CheckBaseUrl(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
        {
            return $"'{baseUrl}' must be an absolute https URL (Alexa plays only https audio with a trusted certificate)";
        }

        return uri.Query.Length > 0 || uri.Fragment.Length > 0
            ? $"'{baseUrl}' must not have a query or fragment, because paths are appended to it"
            : null;
    }

    /// <summary>Null when <paramref name="location"/> is usable; otherwise why not.</summary>
    public static string? Check(string location)
    {
        if (IsAbsolute(location))
        {
            if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                return $"'{location}' is not a valid absolute URL";
            }

            return uri.Scheme == Uri.UriSchemeHttps
                ? null
                : $"'{location}' is not https; Alexa plays audio only from https URLs with a trusted certificate";
        }

        if (location.StartsWith('/') || location.Contains("..", StringComparison.Ordinal))
        {
            return $"relative path '{location}' must not start with '/' or contain '..'; it is appended to the media base URL";
        }

        foreach (var c in location)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/' or '%'))
            {
                return $"relative path '{location}' may contain only letters, digits, '-', '_', '.', '~', '/' and %-escapes";
            }
        }

        return null;
    }

    public static string Resolve(string location, string baseUrl) =>
        IsAbsolute(location) ? location : string.Concat(baseUrl.AsSpan().TrimEnd('/'), "/", location);

    /// <summary>The length <see cref="Resolve"/> would return, without building the string.</summary>
    public static int ResolvedLength(string location, string baseUrl) =>
        IsAbsolute(location) ? location.Length : baseUrl.AsSpan().TrimEnd('/').Length + 1 + location.Length;

    /// <summary>The file extension of the URL's path with its dot (".mp3"), or empty when it has none.</summary>
    public static ReadOnlySpan<char> ExtensionOf(string location)
    {
        var path = location.AsSpan();
        var cut = path.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            path = path[..cut];
        }

        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') ? path[dot..] : [];
    }
}
