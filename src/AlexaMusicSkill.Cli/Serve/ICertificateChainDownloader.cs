namespace AlexaMusicSkill.Cli.Serve;

/// <summary>Fetches the PEM certificate chain a request's SignatureCertChainUrl names (injectable for tests).</summary>
internal interface ICertificateChainDownloader
{
    Task<string> DownloadAsync(Uri url, CancellationToken cancellationToken);
}

/// <summary>The real download over HTTPS, bounded in time and size.</summary>
internal sealed class HttpCertificateChainDownloader : ICertificateChainDownloader, IDisposable
{
    private const int MaxBytes = 64 * 1024;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5), MaxResponseContentBufferSize = MaxBytes };

    public async Task<string> DownloadAsync(Uri url, CancellationToken cancellationToken) =>
        await _http.GetStringAsync(url, cancellationToken);

    public void Dispose() => _http.Dispose();
}
