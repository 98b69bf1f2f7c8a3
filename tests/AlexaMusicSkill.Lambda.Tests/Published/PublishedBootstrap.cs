using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Lambda.Tests.Published;

/// <summary>
/// The Native AOT <c>bootstrap</c>, published once per source state: cached in the temp folder under a hash of
/// everything that goes into it, built under a file lock (parallel test processes never publish twice at once), and
/// in its own artifacts folder so it never races a concurrent build of the solution. Takes ~40 s when not cached.
/// </summary>
public sealed class PublishedBootstrap : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    public string BinaryPath { get; private set; } = string.Empty;

    /// <summary>Everything <c>dotnet publish</c> printed (kept with the cached binary).</summary>
    public string PublishLog { get; private set; } = string.Empty;

    /// <summary>How long the publish took, when this run published; null when the binary came from the cache.</summary>
    public TimeSpan? PublishTime { get; private set; }

    /// <summary>How long the publish took when it was made (also for a cached binary).</summary>
    public TimeSpan RecordedPublishTime { get; private set; }

    public ValueTask InitializeAsync() => new(Task.Run(Publish));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Publish()
    {
        var root = Path.Combine(Path.GetTempPath(), "alexamusicskill-bootstrap", Hash(RepositoryPaths.Root)[..12]);
        Directory.CreateDirectory(root);
        var folder = Path.Combine(root, SourceHash()[..16]);
        var binary = Path.Combine(folder, "bootstrap");
        var log = Path.Combine(folder, "publish.log");
        var seconds = Path.Combine(folder, "publish-seconds.txt");

        using (AcquireLock(Path.Combine(root, ".publish.lock")))
        {
            if (!File.Exists(seconds))
            {
                RemoveOtherVersions(root, folder);
                var elapsed = RunPublish(folder, log);
                File.WriteAllText(seconds, elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
                PublishTime = elapsed;
            }
        }

        BinaryPath = binary;
        PublishLog = File.ReadAllText(log);
        RecordedPublishTime = TimeSpan.FromSeconds(double.Parse(File.ReadAllText(seconds), CultureInfo.InvariantCulture));
    }

    private static TimeSpan RunPublish(string folder, string logPath)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var artifacts = Path.Combine(folder, "artifacts");
        var project = RepositoryPaths.Combine("src", "AlexaMusicSkill.Lambda", "AlexaMusicSkill.Lambda.csproj");
        var start = new ProcessStartInfo(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [
                "publish", project, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true",
                "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={artifacts}", "-o", Path.Combine(folder, "out"),
                "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false",
            ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };

        // The test host runs under `dotnet test`; its MSBuild variables must not steer the nested publish.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PublishTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dotnet publish of bootstrap did not finish within {PublishTimeout.TotalMinutes} minutes.");
        }

        var elapsed = stopwatch.Elapsed;
        var output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of bootstrap failed ({process.ExitCode}):\n{output}");
        }

        // Keep only the binary and the log; the intermediate files are hundreds of MB.
        File.Move(Path.Combine(folder, "out", "bootstrap"), Path.Combine(folder, "bootstrap"));
        Directory.Delete(Path.Combine(folder, "out"), recursive: true);
        Directory.Delete(artifacts, recursive: true);
        File.WriteAllText(logPath, output);
        return elapsed;
    }

    /// <summary>A hash of the sources, props, models and SDK pin that go into the binary.</summary>
    private static string SourceHash()
    {
        var files = new List<string>();
        foreach (var folder in new[] { "src", "models" }.Select(f => RepositoryPaths.Combine(f)).Where(Directory.Exists))
        {
            files.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")));
        }

        files.AddRange(new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "NuGet.config" }
            .Select(f => RepositoryPaths.Combine(f)).Where(File.Exists));

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Select(f => Path.GetRelativePath(RepositoryPaths.Root, f)).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            sha.AppendData(File.ReadAllBytes(RepositoryPaths.Combine(file)));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void RemoveOtherVersions(string root, string keep)
    {
        foreach (var folder in Directory.EnumerateDirectories(root).Where(f => f != keep))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // In use by a concurrent run of an older source state; the next run tidies it.
            }
        }
    }

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow + PublishTimeout + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(250);
            }
        }
    }
}
