using System.Diagnostics;
using System.Security.Cryptography;

namespace AlexaMusicSkill.TestSupport;

/// <summary>
/// The one Node tool folder (<c>tests/node</c>): installs it with <c>npm ci</c> when missing or stale, under a file
/// lock so test projects running in parallel never install twice at once.
/// </summary>
public static class NodeTools
{
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Folder => Installed.Value;

    public static string ModulePath(params string[] parts) => Path.Combine([Folder, "node_modules", .. parts]);

    /// <summary>The node executable; Node.js is a documented prerequisite, so its absence is a clear failure.</summary>
    public static string NodeExecutable => FindOnPath("node")
        ?? throw new InvalidOperationException("Node.js is required by the tests (dynalite, virtual-alexa, ssml-check-core) but 'node' is not on PATH.");

    private static string Install()
    {
        var folder = RepositoryPaths.Combine("tests", "node");
        var lockFile = Path.Combine(folder, "package-lock.json");
        var marker = Path.Combine(folder, "node_modules", ".installed-lock-sha256");
        var wanted = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(lockFile)));

        using var guard = AcquireLock(Path.Combine(folder, ".npm-install.lock"));
        if (File.Exists(marker) && File.ReadAllText(marker).Trim() == wanted)
        {
            return folder;
        }

        var npm = FindOnPath("npm")
            ?? throw new InvalidOperationException("npm is required to install the test tools in tests/node but is not on PATH.");
        var start = new ProcessStartInfo(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("npm ci in tests/node did not finish within 5 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in tests/node failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }

        File.WriteAllText(marker, wanted);
        return folder;
    }

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    internal static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
