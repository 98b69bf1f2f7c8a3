namespace AlexaMusicSkill.TestSupport;

/// <summary>Finds files of the repository from a test's output folder (tests run from bin/…).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The shared folder beside the project (docs and research data), or null on a machine without it.</summary>
    public static string? Shared =>
        Directory.Exists(Path.Combine(Root, "..", "shared")) ? Path.GetFullPath(Path.Combine(Root, "..", "shared")) : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlexaMusicSkill.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AlexaMusicSkill.sln above {AppContext.BaseDirectory}.");
    }
}
