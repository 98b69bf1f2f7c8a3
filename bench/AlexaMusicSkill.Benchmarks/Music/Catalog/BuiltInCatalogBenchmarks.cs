using AlexaMusicSkill.Music.Catalog;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AlexaMusicSkill.Benchmarks.Music.Catalog;

/// <summary>
/// Loading the embedded catalog runs once per Lambda cold start (budget: well under 10 ms). The warm figure is the
/// work itself; the cold one is the first call in a fresh process, JIT included (Native AOT has no JIT, so the
/// bootstrap's real cost lies between the two).
/// </summary>
[MemoryDiagnoser]
public class BuiltInCatalogBenchmarks
{
    private const string MediaBase = "https://media.musicfinder.example.com";

    [Benchmark]
    public MusicCatalog Load() => BuiltInCatalog.Load(MediaBase);
}

/// <inheritdoc cref="BuiltInCatalogBenchmarks"/>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class BuiltInCatalogColdStartBenchmarks
{
    [Benchmark]
    public MusicCatalog FirstLoad() => BuiltInCatalog.Load("https://media.musicfinder.example.com");
}
