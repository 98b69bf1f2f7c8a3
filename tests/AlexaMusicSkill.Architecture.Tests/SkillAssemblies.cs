using ArchUnitNET.Loader;

namespace AlexaMusicSkill.Architecture.Tests;

/// <summary>The four src assemblies, loaded once per test run (a few seconds) and shared by every test.</summary>
public static class SkillAssemblies
{
    /// <summary>The root namespace of every src assembly.</summary>
    public const string Root = "AlexaMusicSkill";

    /// <summary>The library (src/AlexaMusicSkill).</summary>
    public const string LibraryAssembly = "AlexaMusicSkill";

    /// <summary>The Native AOT function (src/AlexaMusicSkill.Lambda), named for the provided runtime.</summary>
    public const string LambdaAssembly = "bootstrap";

    /// <summary>The offline toolkit (src/AlexaMusicSkill.Offline).</summary>
    public const string OfflineAssembly = "AlexaMusicSkill.Offline";

    /// <summary>The `musicskill` tool (src/AlexaMusicSkill.Cli).</summary>
    public const string CliAssembly = "musicskill";

    /// <summary>The four assembly names.</summary>
    public static readonly IReadOnlyList<string> All = [LibraryAssembly, LambdaAssembly, OfflineAssembly, CliAssembly];

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Cache = new(() =>
        new ArchLoader().LoadAssemblies([.. All.Select(System.Reflection.Assembly.Load)]).Build());

    /// <summary>The loaded architecture of the four assemblies, and nothing else.</summary>
    public static ArchUnitNET.Domain.Architecture Skill => Cache.Value;
}
