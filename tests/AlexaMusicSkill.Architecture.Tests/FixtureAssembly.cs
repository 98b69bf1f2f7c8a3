using ArchUnitNET.Loader;

namespace AlexaMusicSkill.Architecture.Tests;

/// <summary>The deliberately broken fixture assembly, loaded on its own so it never meets the src rules.</summary>
public static class FixtureAssembly
{
    /// <summary>The fixture's root namespace.</summary>
    public const string Root = "Fixture";

    /// <summary>The fixture's assembly name.</summary>
    public const string Name = "AlexaMusicSkill.Architecture.Fixture";

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Cache = new(() =>
        new ArchLoader().LoadAssemblies(typeof(Fixture.Alpha.A).Assembly).Build());

    /// <summary>The loaded architecture of the fixture alone.</summary>
    public static ArchUnitNET.Domain.Architecture Broken => Cache.Value;
}
