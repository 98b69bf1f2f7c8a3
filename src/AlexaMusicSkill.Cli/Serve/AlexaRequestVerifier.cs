using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace AlexaMusicSkill.Cli.Serve;

/// <summary>
/// Checks that an HTTPS request really comes from Alexa, before its body is deserialized: the certificate URL rules,
/// the downloaded chain (cached per URL) valid now, its signing certificate for echo-api.amazon.com and chaining to a
/// trusted root, <c>Signature-256</c> as RSA-SHA256 (PKCS#1 v1.5) over the raw body bytes, and the request timestamp
/// within 150 seconds (an hour for skill events). Each failure is a short reason for an HTTP 400.
/// </summary>
internal sealed class AlexaRequestVerifier(ICertificateChainDownloader downloader, TimeProvider clock, X509Certificate2Collection? trustAnchors = null)
{
    public const string CertificateUrlHeader = "SignatureCertChainUrl";
    public const string SignatureHeader = "Signature-256";
    public const string SigningName = "echo-api.amazon.com";
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromSeconds(150);
    public static readonly TimeSpan SkillEventTolerance = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, X509Certificate2Collection> _chains = new(StringComparer.Ordinal);

    /// <summary>Null when the request is Alexa's; otherwise why it is refused.</summary>
    public async Task<string?> VerifyAsync(string? certificateUrl, string? signature, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var (url, urlProblem) = SignatureCertChainUrl.Check(certificateUrl);
        if (url is null)
        {
            return urlProblem;
        }

        if (string.IsNullOrWhiteSpace(signature))
        {
            return "missing Signature-256 header";
        }

        var (chain, chainProblem) = await GetChainAsync(url, cancellationToken);
        if (chain is null)
        {
            return chainProblem;
        }

        var signer = chain[0];
        var now = clock.GetUtcNow();
        if (now < signer.NotBefore.ToUniversalTime() || now > signer.NotAfter.ToUniversalTime())
        {
            _chains.TryRemove(url.AbsoluteUri, out _);
            return "the signing certificate is not valid now";
        }

        if (!NamesSigningHost(signer))
        {
            return $"the signing certificate is not issued for {SigningName}";
        }

        if (ChainProblem(chain, now) is { } untrusted)
        {
            return untrusted;
        }

        if (SignatureProblem(signer, signature, body.Span) is { } badSignature)
        {
            return badSignature;
        }

        return TimestampProblem(body.Span, now);
    }

    private async Task<(X509Certificate2Collection? Chain, string? Problem)> GetChainAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = url.AbsoluteUri;
        if (_chains.TryGetValue(key, out var cached))
        {
            return (cached, null);
        }

        string pem;
        try
        {
            pem = await downloader.DownloadAsync(url, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, "could not download the certificate chain");
        }

        var chain = new X509Certificate2Collection();
        try
        {
            chain.ImportFromPem(pem);
        }
        catch (CryptographicException)
        {
            return (null, "the certificate chain is not valid PEM");
        }

        if (chain.Count == 0)
        {
            return (null, "the certificate chain holds no certificate");
        }

        _chains[key] = chain;
        return (chain, null);
    }

    private static bool NamesSigningHost(X509Certificate2 signer) =>
        signer.Extensions.OfType<X509SubjectAlternativeNameExtension>()
            .SelectMany(san => san.EnumerateDnsNames())
            .Any(name => string.Equals(name, SigningName, StringComparison.OrdinalIgnoreCase));

    private string? ChainProblem(X509Certificate2Collection chain, DateTimeOffset now)
    {
        using var builder = new X509Chain();
        builder.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        builder.ChainPolicy.VerificationTime = now.UtcDateTime;
        builder.ChainPolicy.VerificationTimeIgnored = false;
        for (var i = 1; i < chain.Count; i++)
        {
            builder.ChainPolicy.ExtraStore.Add(chain[i]);
        }

        if (trustAnchors is not null)
        {
            builder.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            builder.ChainPolicy.CustomTrustStore.AddRange(trustAnchors);
        }

        if (builder.Build(chain[0]))
        {
            return null;
        }

        var status = builder.ChainStatus.Select(s => s.Status.ToString()).Distinct();
        return $"the certificate chain does not lead to a trusted root ({string.Join(", ", status)})";
    }

    private static string? SignatureProblem(X509Certificate2 signer, string signature, ReadOnlySpan<byte> body)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(signature.Trim());
        }
        catch (FormatException)
        {
            return "Signature-256 is not base64";
        }

        using var key = signer.GetRSAPublicKey();
        if (key is null)
        {
            return "the signing certificate has no RSA key";
        }

        return key.VerifyData(body, bytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            ? null
            : "Signature-256 does not match the request body";
    }

    private static string? TimestampProblem(ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        string? type;
        DateTimeOffset timestamp;
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (!document.RootElement.TryGetProperty("request", out var request)
                || !request.TryGetProperty("timestamp", out var value)
                || value.ValueKind != JsonValueKind.String
                || !DateTimeOffset.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out timestamp))
            {
                return "the request has no timestamp";
            }

            type = request.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        }
        catch (JsonException)
        {
            return "the body is not JSON";
        }

        var tolerance = type?.StartsWith("AlexaSkillEvent.", StringComparison.Ordinal) == true ? SkillEventTolerance : TimestampTolerance;
        return (now - timestamp).Duration() <= tolerance
            ? null
            : $"the request timestamp is more than {tolerance.TotalSeconds:0} s from now";
    }
}
