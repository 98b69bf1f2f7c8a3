namespace Fixture.Hosting;

/// <summary>The planted assembly arrow: Fixture → System.Net.Http, as the library must not reach the CLI.</summary>
public sealed class Fetcher
{
    /// <summary>Makes a client the rules must notice.</summary>
    public static HttpClient Client() => new();
}
