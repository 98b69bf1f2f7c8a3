using AlexaMusicSkill.Architecture.Tests.Rules;
using static AlexaMusicSkill.Architecture.Tests.SkillAssemblies;

namespace AlexaMusicSkill.Architecture.Tests;

/// <summary>The architecture rules of src/ (docs/architecture.md: dependencies point one way, no folders that
/// import each other in a circle, one random source, no concept written twice).</summary>
public sealed class SkillArchitectureTests
{
    [Theory]
    [InlineData(LibraryAssembly, "AlexaMusicSkill")]
    [InlineData(OfflineAssembly, "AlexaMusicSkill.Offline")]
    [InlineData(CliAssembly, "AlexaMusicSkill.Cli")]
    [InlineData(LambdaAssembly, "AlexaMusicSkill.Lambda")]
    public void TopLevelNamespaces_HaveNoCycles(string assembly, string root) =>
        RuleAssert.NoNamespaceCycles(Skill, assembly, root);

    [Theory]
    [InlineData("Alexa", "Dialogue")]
    [InlineData("Policy", "Alexa")]
    [InlineData("Policy", "Storage")]
    [InlineData("Dialogue", "Cli")]
    [InlineData("Dialogue", "Lambda")]
    [InlineData("Music", "Dialogue")]
    public void Namespace_NeverDependsOn(string from, string to) =>
        RuleAssert.Holds(Skill, NamespaceArrows.Never(Root, from, to));

    [Theory]
    [InlineData(LambdaAssembly, LibraryAssembly)]
    [InlineData(CliAssembly, LibraryAssembly)]
    public void Assembly_DependsOn(string from, string to) => RuleAssert.Uses(Skill, from, to);

    [Theory]
    [InlineData(LibraryAssembly, LambdaAssembly)]
    [InlineData(LibraryAssembly, OfflineAssembly)]
    [InlineData(LibraryAssembly, CliAssembly)]
    [InlineData(LambdaAssembly, OfflineAssembly)]
    [InlineData(LambdaAssembly, CliAssembly)]
    public void Assembly_NeverDependsOn(string from, string to) =>
        RuleAssert.Holds(Skill, AssemblyArrows.Never(from, to));

    [Fact]
    public void Offline_IsUsedOnlyByTheCli() => RuleAssert.Holds(Skill, AssemblyArrows.UsedOnlyBy(OfflineAssembly, CliAssembly));

    [Fact]
    public void SystemRandom_IsUsedOnlyInRandomness() =>
        RuleAssert.Holds(Skill, RandomUse.OnlyInside($"{Root}.Randomness"));

    [Fact]
    public void TypeNames_AreDeclaredInOneNamespaceEach() => RuleAssert.NoDuplicateTypeNames(Skill, Root);
}
