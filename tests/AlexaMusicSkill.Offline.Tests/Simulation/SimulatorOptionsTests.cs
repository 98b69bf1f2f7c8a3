using AlexaMusicSkill.Offline.Simulation;
using AlexaMusicSkill.TestSupport;

namespace AlexaMusicSkill.Offline.Tests.Simulation;

public sealed class SimulatorOptionsTests
{
    [Fact]
    public void Defaults_MatchTheFrozenTableInDocs()
    {
        var docs = File.ReadAllText(RepositoryPaths.Combine("docs", "simulation.md"));
        Assert.Contains($"(`{SimulatorOptions.Version}`)", docs);
        Assert.All(SimulatorOptions.Default.Parameters(), p => Assert.Contains($"| {p.Name} | {p.Value} |", docs));
    }

    [Fact]
    public void Fingerprint_ChangesWithAnyParameter()
    {
        Assert.Equal(SimulatorOptions.Default.Fingerprint(), new SimulatorOptions().Fingerprint());
        Assert.NotEqual(SimulatorOptions.Default.Fingerprint(), (SimulatorOptions.Default with { DontKnowEra = 0.31 }).Fingerprint());
        Assert.StartsWith(SimulatorOptions.Version, SimulatorOptions.Default.Fingerprint(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validated_OutOfRange_Refused()
    {
        Assert.Throws<ArgumentException>(() => (SimulatorOptions.Default with { MisrecognitionRate = 1.5 }).Validated());
        Assert.Throws<ArgumentException>(() => (SimulatorOptions.Default with { GenreWeight = 0.6 }).Validated());
        Assert.Throws<ArgumentException>(() => (SimulatorOptions.Default with { MaxTurns = 0 }).Validated());
    }
}
