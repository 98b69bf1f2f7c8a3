using AlexaMusicSkill.Music.Catalog;
using AlexaMusicSkill.Policy.Model;
using BenchmarkDotNet.Attributes;

namespace AlexaMusicSkill.Benchmarks;

/// <summary>Cold-start work done once per Lambda instance: loading the built-in catalog and the policy model.</summary>
[MemoryDiagnoser]
public class ColdPathBenchmarks
{
    private readonly string _model = PolicyModelLoader.Serialize(SyntheticModels.Trees());

    [Benchmark]
    public MusicCatalog LoadBuiltInCatalog() => BuiltInCatalog.Load("https://media.musicfinder.example.com");

    [Benchmark]
    public PolicyLoadResult Load200TreeModel() => PolicyModelLoader.Load(_model);
}
