namespace AlexaMusicSkill.Cli.Serve;

/// <summary>
/// The rules for the <c>SignatureCertChainUrl</c> header, checked before anything is fetched: https, host
/// s3.amazonaws.com (any case), path starting with <c>/echo.api/</c> (case-sensitive, after resolving <c>..</c>),
/// port absent or 443.
/// </summary>
internal static class SignatureCertChainUrl
{
    public const string Host = "s3.amazonaws.com";
    public const string PathPrefix = "/echo.api/";

    /// <summary>The normalized URL to download, or why the header is not acceptable.</summary>
    public static (Uri? Url, string? Problem) Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, "missing SignatureCertChainUrl header");
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url))
        {
            return (null, "SignatureCertChainUrl is not an absolute URL");
        }

        if (!string.Equals(url.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "SignatureCertChainUrl is not https");
        }

        if (!string.Equals(url.Host, Host, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"SignatureCertChainUrl host is not {Host}");
        }

        if (url.Port != 443)
        {
            return (null, "SignatureCertChainUrl port is not 443");
        }

        // Uri resolves "." and ".." segments, so "/echo.api/../x" is checked as "/x".
        if (!url.AbsolutePath.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return (null, $"SignatureCertChainUrl path does not start with {PathPrefix}");
        }

        return (url, null);
    }
}
