using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace AlexaMusicSkill.Architecture.Tests.Rules;

/// <summary>System.Random only inside the one seeded RNG family.</summary>
public static class RandomUse
{
    /// <summary>No loaded type outside <paramref name="randomnessNamespace"/> (and below) may use System.Random:
    /// not its constructor, not `Random.Shared`, not as a field or parameter.</summary>
    public static IArchRule OnlyInside(string randomnessNamespace) =>
        Types().That().DoNotResideInNamespaceMatching(TypeNames.NamespaceAndBelow(randomnessNamespace))
            .Should().NotDependOnAny(typeof(Random))
            .Because($"randomness goes through {randomnessNamespace}, seeded and replayable");
}
