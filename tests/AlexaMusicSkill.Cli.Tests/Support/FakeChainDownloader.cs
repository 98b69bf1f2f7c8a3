using AlexaMusicSkill.Cli.Serve;

namespace AlexaMusicSkill.Cli.Tests.Support;

/// <summary>Serves a fixed PEM chain (or fails) in place of S3, and counts downloads.</summary>
internal sealed class FakeChainDownloader(string? pem) : ICertificateChainDownloader
{
    public int Downloads { get; private set; }

    public List<Uri> Urls { get; } = [];

    public Task<string> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        Downloads++;
        Urls.Add(url);
        return pem is null ? Task.FromException<string>(new HttpRequestException("404 Not Found")) : Task.FromResult(pem);
    }
}
