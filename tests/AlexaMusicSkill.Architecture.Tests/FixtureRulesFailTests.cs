using AlexaMusicSkill.Architecture.Tests.Rules;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnitV3;
using Xunit.Sdk;
using static AlexaMusicSkill.Architecture.Tests.FixtureAssembly;

namespace AlexaMusicSkill.Architecture.Tests;

/// <summary>
/// Proof that every rule can fail: each one, checked exactly as the src tests check it, fails on the fixture
/// assembly's planted violations, names exactly the planted types, and stays quiet about the fixture's lawful
/// look-alikes (a one-way arrow, System.Random inside Randomness, a private nested type repeating a name).
/// </summary>
public sealed class FixtureRulesFailTests
{
    [Fact]
    public void NamespaceCycles_FailOnThePlantedCycleOnly()
    {
        var graph = NamespaceGraph.Build(Broken, Name, Root);
        Assert.Contains(graph.Edges, edge => edge is { From: "Gamma", To: "Alpha" });

        var cycle = Assert.Single(NamespaceCycles.Find(graph));
        Assert.Equal(["Alpha", "Beta"], cycle.Namespaces);
        Assert.Equal(
            [new TypePair("Fixture.Alpha.A", "Fixture.Beta.B"), new TypePair("Fixture.Beta.B", "Fixture.Alpha.C")],
            cycle.Edges.SelectMany(edge => edge.Pairs));

        var message = Assert.Throws<FailException>(() => RuleAssert.NoNamespaceCycles(Broken, Name, Root)).Message;
        Assert.Contains("Fixture.{Alpha, Beta}", message, StringComparison.Ordinal);
        Assert.Contains("Alpha ↔ Beta", message, StringComparison.Ordinal);
        Assert.Contains("Fixture.Alpha.A → Fixture.Beta.B", message, StringComparison.Ordinal);
        Assert.Contains("Fixture.Beta.B → Fixture.Alpha.C", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Gamma", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamespaceCycles_FailWhenTheRootMatchesNothing() =>
        Assert.Throws<TrueException>(() => RuleAssert.NoNamespaceCycles(Broken, Name, "Nowhere"));

    [Fact]
    public void ForbiddenArrow_FailsNamingTheOffenderAndWhatItUses()
    {
        var rule = NamespaceArrows.Never(Root, "Alexa", "Dialogue");

        Assert.Equal(["Fixture.Alexa.Card"], Offenders(rule));
        var message = Failure(rule);
        Assert.Contains("Fixture.Alexa.Card", message, StringComparison.Ordinal);
        Assert.Contains("Fixture.Dialogue.Prompt", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForbiddenArrow_HoldsTheOtherWay_AndFailsWhenItsOriginMatchesNothing()
    {
        RuleAssert.Holds(Broken, NamespaceArrows.Never(Root, "Dialogue", "Alexa"));

        Assert.Throws<FailedArchRuleException>(() => RuleAssert.Holds(Broken, NamespaceArrows.Never(Root, "Nowhere", "Alpha")));
    }

    [Fact]
    public void RandomUse_FailsOnNewRandomAndRandomShared_ButNotInsideRandomness()
    {
        var rule = RandomUse.OnlyInside($"{Root}.Randomness");

        // Jitter draws only inside a lambda and an async method: ArchUnitNET credits those bodies to Jitter.
        Assert.Equal(["Fixture.Reports.Jitter", "Fixture.Reports.Noise"], Offenders(rule));
        var message = Failure(rule);
        Assert.Contains("Fixture.Reports.Jitter", message, StringComparison.Ordinal);
        Assert.Contains("Fixture.Reports.Noise", message, StringComparison.Ordinal);
        Assert.Contains("System.Random", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Seeded", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateTypeNames_FailOnTopLevelAndNestedDuplicates_ButNotPrivateNestedOnes()
    {
        var duplicates = DuplicateTypeNames.Find(Broken, Root);

        Assert.Equal(["Estimate", "Summary"], duplicates.Select(duplicate => duplicate.Name));
        Assert.Equal(["Fixture.Alpha.Estimate", "Fixture.Beta.Estimate"], duplicates[0].FullNames);
        Assert.Equal(["Fixture.Gamma.Consumer+Summary", "Fixture.Reports.Noise+Summary"], duplicates[1].FullNames);
        var message = Assert.Throws<FailException>(() => RuleAssert.NoDuplicateTypeNames(Broken, Root)).Message;
        foreach (var fullName in duplicates.SelectMany(duplicate => duplicate.FullNames))
        {
            Assert.Contains(fullName, message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Row", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssemblyArrows_FailOnTheUsedAssembly_AndHoldForAnUnusedOne()
    {
        var never = AssemblyArrows.Never(Name, "System.Net.Http");
        var onlyBy = AssemblyArrows.UsedOnlyBy("System.Net.Http", "SomeOtherAssembly");

        Assert.Equal(["Fixture.Hosting.Fetcher"], Offenders(never));
        Assert.Contains("System.Net.Http.HttpClient", Failure(never), StringComparison.Ordinal);
        Assert.Equal(["Fixture.Hosting.Fetcher"], Offenders(onlyBy));
        Assert.Contains("Fixture.Hosting.Fetcher", Failure(onlyBy), StringComparison.Ordinal);
        RuleAssert.Holds(Broken, AssemblyArrows.Never(Name, "System.Text.Json"));
    }

    [Fact]
    public void AssemblyDependsOn_FailsWhenNothingIsUsed_AndFindsTheUse()
    {
        var message = Assert.Throws<FailException>(() => RuleAssert.Uses(Broken, Name, "System.Text.Json")).Message;
        Assert.Contains($"no type of {Name} uses a type of System.Text.Json", message, StringComparison.Ordinal);

        Assert.Equal(new TypePair("Fixture.Hosting.Fetcher", "System.Net.Http.HttpClient"), AssemblyArrows.FirstUse(Broken, Name, "System.Net.Http"));
    }

    private static List<string> Offenders(IArchRule rule) =>
        [.. rule.Evaluate(Broken)
            .Where(result => !result.Passed)
            .Select(result => result.EvaluatedObject is IType type ? type.FullName : $"{result.EvaluatedObject}")
            .Order(StringComparer.Ordinal)];

    private static string Failure(IArchRule rule) =>
        Assert.Throws<FailedArchRuleException>(() => RuleAssert.Holds(Broken, rule)).Message;
}
